/*
 * JNI glue of the screen-reader bridge and the system voice on Android (see huzhong_a11y.h).
 *
 *   app (GraalVM)                             this file                      Android (Dalvik)
 *   AndroidNative.nativeStart/SetSnapshot/…   -> Java_cn_huzhong_…           -> HuzhongA11yBridge.start/setSnapshot/…
 *   AndroidNative.onAction/…  (jniconfig)     <- Java_com_gluonhq_…          <- HuzhongA11yBridge.nativeAction/…
 *
 * Each call crosses from one VM to the other: the calling thread is attached to the other VM for the call (and
 * detached again if it was not attached before), strings are copied as UTF-16, and an exception thrown on the other
 * side is logged and cleared, never left pending. The Dalvik side is set up on the first nativeStart, when
 * MainActivity exists, through the activity's class loader (the only one that knows our Dalvik classes).
 */
#include <string.h>
#include "huzhong_a11y.h"

static JavaVM *graalVM;

/* the app's side */
static jclass jAppClass;
static jmethodID jAppOnAction;
static jmethodID jAppOnScreenReaderChanged;
static jmethodID jAppOnSpeechDone;

/* Android's side */
static jobject jBridge;
static jmethodID jBridgeStart;
static jmethodID jBridgeSetSnapshot;
static jmethodID jBridgeAnnounce;
static jmethodID jBridgeIsScreenReaderOn;
static jmethodID jBridgeFontScale;
static jmethodID jBridgeCanSpeak;
static jmethodID jBridgeSpeak;
static jmethodID jBridgeStopSpeaking;

static JNIEnv *attach(JavaVM *vm, int *attached) {
    JNIEnv *env = NULL;
    *attached = 0;
    if ((*vm)->GetEnv(vm, (void **) &env, JNI_VERSION_1_6) == JNI_OK) {
        return env;
    }
    if ((*vm)->AttachCurrentThreadAsDaemon(vm, (void **) &env, NULL) != JNI_OK) {
        HZ_LOG_WARNING("could not attach a thread to a VM");
        return NULL;
    }
    *attached = 1;
    return env;
}

static void detach(JavaVM *vm, int attached) {
    if (attached) {
        (*vm)->DetachCurrentThread(vm);
    }
}

/* true when the last call on env threw: the exception is logged and cleared */
static int failed(JNIEnv *env, const char *what) {
    if ((*env)->ExceptionCheck(env)) {
        HZ_LOG_WARNING("%s threw", what);
        (*env)->ExceptionDescribe(env);
        (*env)->ExceptionClear(env);
        return 1;
    }
    return 0;
}

/* a copy of s (a string of VM from) made in VM to, or NULL for NULL */
static jstring copyString(JNIEnv *from, jstring s, JNIEnv *to) {
    if (s == NULL) {
        return NULL;
    }
    jsize length = (*from)->GetStringLength(from, s);
    const jchar *chars = (*from)->GetStringChars(from, s, NULL);
    if (chars == NULL) {
        return NULL;
    }
    jstring copy = (*to)->NewString(to, chars, length);
    (*from)->ReleaseStringChars(from, s, chars);
    return copy;
}

JNIEXPORT jint JNICALL JNI_OnLoad_huzhonga11y(JavaVM *vm, void *reserved) {
    (void) reserved;
    JNIEnv *env;
    graalVM = vm;
    if ((*vm)->GetEnv(vm, (void **) &env, JNI_VERSION_1_8) != JNI_OK) {
        HZ_LOG_WARNING("no JNI 1.8 environment on load");
        return JNI_ERR;
    }
    jclass app = (*env)->FindClass(env, "cn/huzhong/care/app/platform/phone/AndroidNative");
    if (app == NULL || failed(env, "finding AndroidNative")) {
        return JNI_ERR;
    }
    jAppClass = (*env)->NewGlobalRef(env, app);
    jAppOnAction = (*env)->GetStaticMethodID(env, jAppClass, "onAction", "(IILjava/lang/String;)V");
    jAppOnScreenReaderChanged = (*env)->GetStaticMethodID(env, jAppClass, "onScreenReaderChanged", "(Z)V");
    jAppOnSpeechDone = (*env)->GetStaticMethodID(env, jAppClass, "onSpeechDone", "(II)V");
    if (jAppOnAction == NULL || jAppOnScreenReaderChanged == NULL || jAppOnSpeechDone == NULL
            || failed(env, "finding the app's callbacks")) {
        return JNI_ERR;
    }
    HZ_LOG_FINE("loaded");
    return JNI_VERSION_1_8;
}

/* Creates HuzhongA11yBridge(activity) and finds its methods: once, with the Android VM's env. */
static int initDalvik(JNIEnv *dalvik) {
    if (jBridge != NULL) {
        return 1;
    }
    jobject activity = substrateGetActivity();
    if (activity == NULL) {
        HZ_LOG_WARNING("no MainActivity yet");
        return 0;
    }
    jclass activityClass = (*dalvik)->GetObjectClass(dalvik, activity);
    jmethodID getClassLoader = (*dalvik)->GetMethodID(dalvik, activityClass, "getClassLoader",
            "()Ljava/lang/ClassLoader;");
    jobject loader = (*dalvik)->CallObjectMethod(dalvik, activity, getClassLoader);
    if (loader == NULL || failed(dalvik, "getClassLoader")) {
        return 0;
    }
    jclass loaderClass = (*dalvik)->FindClass(dalvik, "java/lang/ClassLoader");
    jmethodID loadClass = (*dalvik)->GetMethodID(dalvik, loaderClass, "loadClass",
            "(Ljava/lang/String;)Ljava/lang/Class;");
    jstring name = (*dalvik)->NewStringUTF(dalvik, "com.gluonhq.helloandroid.HuzhongA11yBridge");
    jclass bridgeClass = (jclass) (*dalvik)->CallObjectMethod(dalvik, loader, loadClass, name);
    (*dalvik)->DeleteLocalRef(dalvik, name);
    if (bridgeClass == NULL || failed(dalvik, "loading HuzhongA11yBridge")) {
        return 0;
    }
    jmethodID init = (*dalvik)->GetMethodID(dalvik, bridgeClass, "<init>", "(Landroid/app/Activity;)V");
    jBridgeStart = (*dalvik)->GetMethodID(dalvik, bridgeClass, "start", "()V");
    jBridgeSetSnapshot = (*dalvik)->GetMethodID(dalvik, bridgeClass, "setSnapshot", "(Ljava/lang/String;)V");
    jBridgeAnnounce = (*dalvik)->GetMethodID(dalvik, bridgeClass, "announce", "(Ljava/lang/String;)V");
    jBridgeIsScreenReaderOn = (*dalvik)->GetMethodID(dalvik, bridgeClass, "isScreenReaderOn", "()Z");
    jBridgeFontScale = (*dalvik)->GetMethodID(dalvik, bridgeClass, "fontScale", "()F");
    jBridgeCanSpeak = (*dalvik)->GetMethodID(dalvik, bridgeClass, "canSpeak", "(Ljava/lang/String;)Z");
    jBridgeSpeak = (*dalvik)->GetMethodID(dalvik, bridgeClass, "speak", "(Ljava/lang/String;Ljava/lang/String;I)Z");
    jBridgeStopSpeaking = (*dalvik)->GetMethodID(dalvik, bridgeClass, "stopSpeaking", "()V");
    if (init == NULL || jBridgeStart == NULL || jBridgeSetSnapshot == NULL || jBridgeAnnounce == NULL
            || jBridgeIsScreenReaderOn == NULL || jBridgeFontScale == NULL || jBridgeCanSpeak == NULL
            || jBridgeSpeak == NULL || jBridgeStopSpeaking == NULL || failed(dalvik, "finding the bridge's methods")) {
        return 0;
    }
    jobject bridge = (*dalvik)->NewObject(dalvik, bridgeClass, init, activity);
    if (bridge == NULL || failed(dalvik, "new HuzhongA11yBridge")) {
        return 0;
    }
    jBridge = (*dalvik)->NewGlobalRef(dalvik, bridge);
    (*dalvik)->DeleteLocalRef(dalvik, bridge);
    return 1;
}

/* ------------------------------------------------------------------------------------- from the app to Android */

#define DALVIK_BEGIN(fallback) \
    int attached_; \
    JavaVM *dalvikVM_ = substrateGetAndroidVM(); \
    if (dalvikVM_ == NULL) { return fallback; } \
    JNIEnv *dalvik = attach(dalvikVM_, &attached_); \
    if (dalvik == NULL) { return fallback; } \
    if (!initDalvik(dalvik)) { detach(dalvikVM_, attached_); return fallback; }

#define DALVIK_END() detach(dalvikVM_, attached_)

JNIEXPORT jboolean JNICALL Java_cn_huzhong_care_app_platform_phone_AndroidNative_nativeStart(JNIEnv *env, jclass cls) {
    (void) env; (void) cls;
    DALVIK_BEGIN(JNI_FALSE)
    (*dalvik)->CallVoidMethod(dalvik, jBridge, jBridgeStart);
    jboolean ok = failed(dalvik, "start") ? JNI_FALSE : JNI_TRUE;
    DALVIK_END();
    return ok;
}

JNIEXPORT void JNICALL Java_cn_huzhong_care_app_platform_phone_AndroidNative_nativeSetSnapshot(JNIEnv *env, jclass cls,
        jstring wire) {
    (void) cls;
    DALVIK_BEGIN()
    jstring copy = copyString(env, wire, dalvik);
    (*dalvik)->CallVoidMethod(dalvik, jBridge, jBridgeSetSnapshot, copy);
    failed(dalvik, "setSnapshot");
    (*dalvik)->DeleteLocalRef(dalvik, copy);
    DALVIK_END();
}

JNIEXPORT void JNICALL Java_cn_huzhong_care_app_platform_phone_AndroidNative_nativeAnnounce(JNIEnv *env, jclass cls,
        jstring text) {
    (void) cls;
    DALVIK_BEGIN()
    jstring copy = copyString(env, text, dalvik);
    (*dalvik)->CallVoidMethod(dalvik, jBridge, jBridgeAnnounce, copy);
    failed(dalvik, "announce");
    (*dalvik)->DeleteLocalRef(dalvik, copy);
    DALVIK_END();
}

JNIEXPORT jboolean JNICALL Java_cn_huzhong_care_app_platform_phone_AndroidNative_nativeScreenReaderOn(JNIEnv *env,
        jclass cls) {
    (void) env; (void) cls;
    DALVIK_BEGIN(JNI_FALSE)
    jboolean on = (*dalvik)->CallBooleanMethod(dalvik, jBridge, jBridgeIsScreenReaderOn);
    if (failed(dalvik, "isScreenReaderOn")) {
        on = JNI_FALSE;
    }
    DALVIK_END();
    return on;
}

JNIEXPORT jfloat JNICALL Java_cn_huzhong_care_app_platform_phone_AndroidNative_nativeFontScale(JNIEnv *env, jclass cls) {
    (void) env; (void) cls;
    DALVIK_BEGIN(0.0f)
    jfloat scale = (*dalvik)->CallFloatMethod(dalvik, jBridge, jBridgeFontScale);
    if (failed(dalvik, "fontScale")) {
        scale = 0.0f;
    }
    DALVIK_END();
    return scale;
}

JNIEXPORT jboolean JNICALL Java_cn_huzhong_care_app_platform_phone_AndroidNative_nativeCanSpeak(JNIEnv *env, jclass cls,
        jstring tag) {
    (void) cls;
    DALVIK_BEGIN(JNI_FALSE)
    jstring t = copyString(env, tag, dalvik);
    jboolean can = (*dalvik)->CallBooleanMethod(dalvik, jBridge, jBridgeCanSpeak, t);
    if (failed(dalvik, "canSpeak")) {
        can = JNI_FALSE;
    }
    (*dalvik)->DeleteLocalRef(dalvik, t);
    DALVIK_END();
    return can;
}

JNIEXPORT jboolean JNICALL Java_cn_huzhong_care_app_platform_phone_AndroidNative_nativeSpeak(JNIEnv *env, jclass cls,
        jstring text, jstring tag, jint utterance) {
    (void) cls;
    DALVIK_BEGIN(JNI_FALSE)
    jstring s = copyString(env, text, dalvik);
    jstring t = copyString(env, tag, dalvik);
    jboolean started = (*dalvik)->CallBooleanMethod(dalvik, jBridge, jBridgeSpeak, s, t, utterance);
    if (failed(dalvik, "speak")) {
        started = JNI_FALSE;
    }
    (*dalvik)->DeleteLocalRef(dalvik, s);
    (*dalvik)->DeleteLocalRef(dalvik, t);
    DALVIK_END();
    return started;
}

JNIEXPORT void JNICALL Java_cn_huzhong_care_app_platform_phone_AndroidNative_nativeStopSpeaking(JNIEnv *env, jclass cls) {
    (void) env; (void) cls;
    DALVIK_BEGIN()
    (*dalvik)->CallVoidMethod(dalvik, jBridge, jBridgeStopSpeaking);
    failed(dalvik, "stopSpeaking");
    DALVIK_END();
}

/* ------------------------------------------------------------------------------------- from Android to the app */

#define GRAAL_BEGIN() \
    int attached_; \
    if (graalVM == NULL || jAppClass == NULL) { return; } \
    JNIEnv *graal = attach(graalVM, &attached_); \
    if (graal == NULL) { return; }

#define GRAAL_END() detach(graalVM, attached_)

JNIEXPORT void JNICALL Java_com_gluonhq_helloandroid_HuzhongA11yBridge_nativeAction(JNIEnv *env, jclass cls, jint id,
        jint action, jstring argument) {
    (void) cls;
    GRAAL_BEGIN()
    jstring arg = copyString(env, argument, graal);
    (*graal)->CallStaticVoidMethod(graal, jAppClass, jAppOnAction, id, action, arg);
    failed(graal, "onAction");
    if (arg != NULL) {
        (*graal)->DeleteLocalRef(graal, arg);
    }
    GRAAL_END();
}

JNIEXPORT void JNICALL Java_com_gluonhq_helloandroid_HuzhongA11yBridge_nativeScreenReader(JNIEnv *env, jclass cls,
        jboolean on) {
    (void) env; (void) cls;
    GRAAL_BEGIN()
    (*graal)->CallStaticVoidMethod(graal, jAppClass, jAppOnScreenReaderChanged, on);
    failed(graal, "onScreenReaderChanged");
    GRAAL_END();
}

JNIEXPORT void JNICALL Java_com_gluonhq_helloandroid_HuzhongA11yBridge_nativeSpeechDone(JNIEnv *env, jclass cls,
        jint utterance, jint result) {
    (void) env; (void) cls;
    GRAAL_BEGIN()
    (*graal)->CallStaticVoidMethod(graal, jAppClass, jAppOnSpeechDone, utterance, result);
    failed(graal, "onSpeechDone");
    GRAAL_END();
}
