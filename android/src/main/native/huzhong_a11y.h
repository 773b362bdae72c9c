/*
 * The JNI glue between the app (GraalVM native image) and the Dalvik class HuzhongA11yBridge (Android's runtime), in
 * the pattern of Gluon Attach's services: the native image loads it as the static library "huzhonga11y"
 * (System.loadLibrary, JNI_OnLoad_huzhonga11y); substrate's launcher gives the Android VM and Gluon's MainActivity.
 */
#ifndef HUZHONG_A11Y_H
#define HUZHONG_A11Y_H

#include <jni.h>
#include <android/log.h>

#define HZ_TAG "HuzhongA11y"
#define HZ_LOG_FINE(...) ((void) __android_log_print(ANDROID_LOG_DEBUG, HZ_TAG, __VA_ARGS__))
#define HZ_LOG_WARNING(...) ((void) __android_log_print(ANDROID_LOG_WARN, HZ_TAG, __VA_ARGS__))

/* from substrate's launcher (launcher.c): the Android VM and Gluon's MainActivity */
JavaVM *substrateGetAndroidVM(void);
jobject substrateGetActivity(void);

#endif
