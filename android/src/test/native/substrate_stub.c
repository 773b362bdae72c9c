/*
 * What substrate's launcher and Android's liblog give the glue on a phone, for running the glue on this machine's JVM:
 * the "Android VM" is this JVM, MainActivity is the Robolectric activity the test hands over, and the library's
 * JNI_OnLoad (a JDK loads JNI_OnLoad from a shared library) does what the native image's JNI_OnLoad_huzhonga11y does.
 */
#include <jni.h>
#include <stdarg.h>
#include <stdio.h>

static JavaVM *theVM;
static jobject theActivity;

int __android_log_print(int prio, const char *tag, const char *fmt, ...) {
    if (prio >= 5) {
        va_list args;
        va_start(args, fmt);
        fprintf(stderr, "[%s] ", tag);
        vfprintf(stderr, fmt, args);
        fprintf(stderr, "\n");
        va_end(args);
    }
    return 0;
}

JavaVM *substrateGetAndroidVM(void) {
    return theVM;
}

jobject substrateGetActivity(void) {
    return theActivity;
}

jint JNI_OnLoad_huzhonga11y(JavaVM *vm, void *reserved);

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM *vm, void *reserved) {
    theVM = vm;
    return JNI_OnLoad_huzhonga11y(vm, reserved);
}

JNIEXPORT void JNICALL Java_com_gluonhq_helloandroid_NativeGlueTest_setActivity(JNIEnv *env, jclass cls, jobject a) {
    (void) cls;
    theActivity = (*env)->NewGlobalRef(env, a);
}
