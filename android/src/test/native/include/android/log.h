/* Host stand-in for the NDK's <android/log.h>: only what the glue uses (the tests' build of it on this machine). */
#ifndef HUZHONG_TEST_ANDROID_LOG_H
#define HUZHONG_TEST_ANDROID_LOG_H
#define ANDROID_LOG_DEBUG 3
#define ANDROID_LOG_WARN 5
int __android_log_print(int prio, const char *tag, const char *fmt, ...);
#endif
