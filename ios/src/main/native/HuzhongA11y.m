/*
 * The iOS half of the app's screen-reader bridge and voice (see ios/README.md). JavaFX draws the whole screen into one
 * OpenGL view inside GlassWindow's host view (+[GlassWindow getMainWindowHost], as Gluon Attach's keyboard service
 * finds it), so VoiceOver sees nothing there. This file publishes, on that host view, one UIAccessibilityElement per
 * node of the app's latest snapshot (the app's WireFormat, version 1) and routes what VoiceOver does with them
 * (activate, increment, decrement, scroll, focus) back to the app by node id. It also says the app's announcements,
 * tells whether VoiceOver is on, the system text size, and speaks with AVSpeechSynthesizer for "read aloud".
 *
 * Loaded by the native image as the static library "HuzhongA11y" (System.loadLibrary, JNI_OnLoad_HuzhongA11y);
 * callbacks go to cn.huzhong.care.app.platform.phone.IosNative (listed in jniconfig-arm64-ios.json). UIKit is used on
 * the main thread only; the app calls in on its own threads. Compiled with ARC (build-native.sh). iOS 12 or later.
 */
#import <UIKit/UIKit.h>
#import <AVFoundation/AVFoundation.h>
#import <objc/message.h>
#import <objc/runtime.h>
#include <jni.h>

// ------------------------------------------------------------------------------------------------ the app's side

static JavaVM *appVM;
static jclass jAppClass;
static jmethodID jAppOnAction;
static jmethodID jAppOnScreenReaderChanged;
static jmethodID jAppOnSpeechDone;

// the wire format's bits (the app's SnapshotNode.Flag and SnapshotAction)
enum {
    HZFocused = 2, HZDisabled = 4, HZSelected = 8, HZCheckable = 16, HZChecked = 32, HZHeading = 256,
    HZOffscreen = 512
};
enum {
    HZClick = 1, HZFocus = 2, HZIncrement = 8, HZDecrement = 16, HZShow = 32, HZScrollForward = 64,
    HZScrollBackward = 128
};

// the app's Speech.Result ordinals
enum { HZDone = 0, HZStopped = 1, HZNoVoice = 2, HZFailed = 3 };

JNIEXPORT jint JNICALL JNI_OnLoad_HuzhongA11y(JavaVM *vm, void *reserved) {
    JNIEnv *env;
    appVM = vm;
    if ((*vm)->GetEnv(vm, (void **) &env, JNI_VERSION_1_8) != JNI_OK) {
        NSLog(@"[HuzhongA11y] no JNI 1.8 environment");
        return JNI_ERR;
    }
    jclass app = (*env)->FindClass(env, "cn/huzhong/care/app/platform/phone/IosNative");
    if (app == NULL) {
        (*env)->ExceptionClear(env);
        return JNI_ERR;
    }
    jAppClass = (*env)->NewGlobalRef(env, app);
    jAppOnAction = (*env)->GetStaticMethodID(env, jAppClass, "onAction", "(IILjava/lang/String;)V");
    jAppOnScreenReaderChanged = (*env)->GetStaticMethodID(env, jAppClass, "onScreenReaderChanged", "(Z)V");
    jAppOnSpeechDone = (*env)->GetStaticMethodID(env, jAppClass, "onSpeechDone", "(II)V");
    if (jAppOnAction == NULL || jAppOnScreenReaderChanged == NULL || jAppOnSpeechDone == NULL) {
        (*env)->ExceptionClear(env);
        return JNI_ERR;
    }
    return JNI_VERSION_1_8;
}

/* The app's JNIEnv for this thread (the thread is attached as a daemon the first time, and stays attached). */
static JNIEnv *appEnv(void) {
    JNIEnv *env = NULL;
    if (appVM == NULL) {
        return NULL;
    }
    if ((*appVM)->GetEnv(appVM, (void **) &env, JNI_VERSION_1_8) == JNI_OK) {
        return env;
    }
    if ((*appVM)->AttachCurrentThreadAsDaemon(appVM, (void **) &env, NULL) != JNI_OK) {
        return NULL;
    }
    return env;
}

static void tellAction(int nodeId, int action, NSString *argument) {
    JNIEnv *env = appEnv();
    if (env == NULL) {
        return;
    }
    NSUInteger length = argument.length;
    unichar *chars = malloc(sizeof(unichar) * (length + 1));
    [argument getCharacters:chars range:NSMakeRange(0, length)];
    jstring arg = (*env)->NewString(env, chars, (jsize) length);
    free(chars);
    (*env)->CallStaticVoidMethod(env, jAppClass, jAppOnAction, nodeId, action, arg);
    if ((*env)->ExceptionCheck(env)) {
        (*env)->ExceptionDescribe(env);
        (*env)->ExceptionClear(env);
    }
    (*env)->DeleteLocalRef(env, arg);
}

static void tellScreenReader(BOOL on) {
    JNIEnv *env = appEnv();
    if (env != NULL) {
        (*env)->CallStaticVoidMethod(env, jAppClass, jAppOnScreenReaderChanged, on ? JNI_TRUE : JNI_FALSE);
        if ((*env)->ExceptionCheck(env)) {
            (*env)->ExceptionClear(env);
        }
    }
}

static void tellSpeechDone(int utterance, int result) {
    JNIEnv *env = appEnv();
    if (env != NULL) {
        (*env)->CallStaticVoidMethod(env, jAppClass, jAppOnSpeechDone, utterance, result);
        if ((*env)->ExceptionCheck(env)) {
            (*env)->ExceptionClear(env);
        }
    }
}

static NSString *toNSString(JNIEnv *env, jstring s) {
    if (s == NULL) {
        return @"";
    }
    jsize length = (*env)->GetStringLength(env, s);
    const jchar *chars = (*env)->GetStringChars(env, s, NULL);
    NSString *out = [NSString stringWithCharacters:(const unichar *) chars length:(NSUInteger) length];
    (*env)->ReleaseStringChars(env, s, chars);
    return out;
}

static void onMain(dispatch_block_t block) {
    if ([NSThread isMainThread]) {
        block();
    } else {
        dispatch_async(dispatch_get_main_queue(), block);
    }
}

static void onMainAndWait(dispatch_block_t block) {
    if ([NSThread isMainThread]) {
        block();
    } else {
        dispatch_sync(dispatch_get_main_queue(), block);
    }
}

// ------------------------------------------------------------------------------------------------ the wire format

static NSString *unescape(NSString *s) {
    if ([s rangeOfString:@"\\"].location == NSNotFound) {
        return s;
    }
    NSMutableString *out = [NSMutableString stringWithCapacity:s.length];
    for (NSUInteger i = 0; i < s.length; i++) {
        unichar c = [s characterAtIndex:i];
        if (c != '\\' || i + 1 == s.length) {
            [out appendFormat:@"%C", c];
            continue;
        }
        unichar e = [s characterAtIndex:++i];
        [out appendString:e == 'p' ? @"|" : e == 'n' ? @"\n" : e == 'r' ? @"\r" : @"\\"];
    }
    return out;
}

// ------------------------------------------------------------------------------------------------ elements

/** One node of the snapshot as VoiceOver sees it. */
@interface HZElement : UIAccessibilityElement
@property (nonatomic) int nodeId;
@property (nonatomic) int parentId;
@property (nonatomic) int flags;
@property (nonatomic) int actions;
@end

@implementation HZElement

- (BOOL)accessibilityActivate {
    if ((self.flags & HZDisabled) != 0 || (self.actions & HZClick) == 0) {
        return NO; // a disabled node refuses; VoiceOver then says nothing happened
    }
    tellAction(self.nodeId, HZClick, @"");
    return YES;
}

- (void)accessibilityIncrement {
    if ((self.flags & HZDisabled) == 0 && (self.actions & HZIncrement) != 0) {
        tellAction(self.nodeId, HZIncrement, @"");
    }
}

- (void)accessibilityDecrement {
    if ((self.flags & HZDisabled) == 0 && (self.actions & HZDecrement) != 0) {
        tellAction(self.nodeId, HZDecrement, @"");
    }
}

/* A three-finger swipe: the scroll pane this node is in moves a page. */
- (BOOL)accessibilityScroll:(UIAccessibilityScrollDirection)direction {
    if (self.parentId == 0) {
        return NO;
    }
    int action = direction == UIAccessibilityScrollDirectionUp ? HZScrollForward
            : direction == UIAccessibilityScrollDirectionDown ? HZScrollBackward : 0;
    if (action == 0) {
        return NO;
    }
    tellAction(self.parentId, action, @"");
    UIAccessibilityPostNotification(UIAccessibilityPageScrolledNotification, nil);
    return YES;
}

/* VoiceOver moved to this node: a node scrolled away is brought into view, and a focusable one takes focus. */
- (void)accessibilityElementDidBecomeFocused {
    if ((self.flags & HZOffscreen) != 0 && (self.actions & HZShow) != 0) {
        tellAction(self.nodeId, HZShow, @"");
    }
}

@end

/** The elements on GlassWindow's host view, and the voice. One instance, used on the main thread. */
@interface HZBridge : NSObject <AVSpeechSynthesizerDelegate>
@property (nonatomic, strong) NSMutableDictionary<NSNumber *, HZElement *> *elements;
@property (nonatomic, strong) AVSpeechSynthesizer *synthesizer;
@property (nonatomic, strong) NSMapTable<AVSpeechUtterance *, NSNumber *> *utterances;
@property (nonatomic) BOOL observing;
@end

static HZBridge *bridge;

static UIView *glassHost(void) {
    Class glassWindow = objc_getClass("GlassWindow");
    SEL getHost = sel_registerName("getMainWindowHost");
    if (glassWindow == nil || ![glassWindow respondsToSelector:getHost]) {
        return nil;
    }
    return ((UIView *(*)(id, SEL)) objc_msgSend)(glassWindow, getHost);
}

@implementation HZBridge

- (instancetype)init {
    self = [super init];
    if (self != nil) {
        _elements = [NSMutableDictionary dictionary];
        _utterances = [NSMapTable strongToStrongObjectsMapTable];
    }
    return self;
}

- (void)start {
    if (self.observing) {
        return;
    }
    self.observing = YES;
    [[NSNotificationCenter defaultCenter] addObserver:self selector:@selector(voiceOverChanged:)
                                                 name:UIAccessibilityVoiceOverStatusDidChangeNotification object:nil];
}

- (void)voiceOverChanged:(NSNotification *)notification {
    tellScreenReader(UIAccessibilityIsVoiceOverRunning());
}

static UIAccessibilityTraits traitsFor(NSString *role, int flags) {
    UIAccessibilityTraits t = UIAccessibilityTraitNone;
    if ([role isEqualToString:@"btn"] || [role isEqualToString:@"tgl"] || [role isEqualToString:@"chk"]
            || [role isEqualToString:@"rad"] || [role isEqualToString:@"itm"] || [role isEqualToString:@"tab"]
            || [role isEqualToString:@"cmb"]) {
        t |= UIAccessibilityTraitButton;
    } else if ([role isEqualToString:@"lnk"]) {
        t |= UIAccessibilityTraitLink;
    } else if ([role isEqualToString:@"adj"]) {
        t |= UIAccessibilityTraitAdjustable;
    } else if ([role isEqualToString:@"img"]) {
        t |= UIAccessibilityTraitImage;
    } else if ([role isEqualToString:@"prg"]) {
        t |= UIAccessibilityTraitUpdatesFrequently;
    } else if ([role isEqualToString:@"txt"]) {
        t |= UIAccessibilityTraitStaticText;
    }
    if ((flags & HZHeading) != 0) {
        t |= UIAccessibilityTraitHeader;
    }
    if ((flags & (HZSelected | HZChecked)) != 0) {
        t |= UIAccessibilityTraitSelected;
    }
    if ((flags & HZDisabled) != 0) {
        t |= UIAccessibilityTraitNotEnabled;
    }
    return t;
}

/** Shows a new snapshot (main thread). */
- (void)show:(NSString *)wire {
    UIView *host = glassHost();
    if (host == nil) {
        return;
    }
    NSArray<NSString *> *lines = [wire componentsSeparatedByString:@"\n"];
    NSArray<NSString *> *head = [lines.firstObject componentsSeparatedByString:@"|"];
    if (head.count != 5 || ![head[0] isEqualToString:@"HZA11Y/1"]) {
        NSLog(@"[HuzhongA11y] ignoring a snapshot that is not of version 1");
        return;
    }
    int focused = [head[3] intValue];
    NSString *lang = unescape(head[4]);
    // the primary stage's GlassWindow fills the host at its origin; scene points are host points from there
    CGPoint origin = host.subviews.count > 0 ? host.subviews.firstObject.frame.origin : CGPointZero;
    NSMutableArray<HZElement *> *ordered = [NSMutableArray arrayWithCapacity:lines.count];
    NSMutableDictionary<NSNumber *, HZElement *> *next = [NSMutableDictionary dictionaryWithCapacity:lines.count];
    NSUInteger kept = 0;
    HZElement *focusedElement = nil;
    for (NSUInteger i = 1; i < lines.count; i++) {
        NSArray<NSString *> *f = [lines[i] componentsSeparatedByString:@"|"];
        if (f.count != 10) {
            continue;
        }
        NSString *role = f[2];
        if ([role isEqualToString:@"scr"] || [role isEqualToString:@"lst"]) {
            continue; // containers are not read: their nodes are, and scroll them (accessibilityScroll:)
        }
        NSNumber *key = @([f[0] intValue]);
        HZElement *e = self.elements[key];
        if (e == nil) {
            e = [[HZElement alloc] initWithAccessibilityContainer:host];
        } else {
            kept++;
        }
        unsigned int flags = 0;
        unsigned int actions = 0;
        [[NSScanner scannerWithString:f[3]] scanHexInt:&flags];
        [[NSScanner scannerWithString:f[4]] scanHexInt:&actions];
        NSArray<NSString *> *b = [f[5] componentsSeparatedByString:@","];
        e.nodeId = key.intValue;
        e.parentId = [f[1] intValue];
        e.flags = (int) flags;
        e.actions = (int) actions;
        e.isAccessibilityElement = YES;
        e.accessibilityLabel = unescape(f[6]);
        e.accessibilityHint = f[7].length > 0 ? unescape(f[7]) : nil;
        e.accessibilityValue = [role isEqualToString:@"pwd"] || f[8].length == 0 ? nil : unescape(f[8]);
        e.accessibilityLanguage = lang.length > 0 ? lang : nil;
        e.accessibilityTraits = traitsFor(role, (int) flags);
        if (b.count == 4) {
            e.accessibilityFrameInContainerSpace = CGRectMake(origin.x + [b[0] doubleValue],
                    origin.y + [b[1] doubleValue], [b[2] doubleValue], [b[3] doubleValue]);
        }
        next[key] = e;
        [ordered addObject:e];
        if (e.nodeId == focused) {
            focusedElement = e;
        }
    }
    BOOL newScreen = kept * 2 < ordered.count;
    self.elements = next;
    host.isAccessibilityElement = NO;
    host.accessibilityElements = ordered; // VoiceOver reads these, in this order, instead of the GL view
    UIAccessibilityPostNotification(newScreen ? UIAccessibilityScreenChangedNotification
            : UIAccessibilityLayoutChangedNotification, newScreen ? focusedElement : nil);
}

- (void)announce:(NSString *)text {
    if (text.length > 0) {
        UIAccessibilityPostNotification(UIAccessibilityAnnouncementNotification, text);
    }
}

// ---- the voice

- (BOOL)canSpeak:(NSString *)tag {
    return [AVSpeechSynthesisVoice voiceWithLanguage:tag] != nil;
}

- (BOOL)speak:(NSString *)text language:(NSString *)tag utterance:(int)utteranceId {
    AVSpeechSynthesisVoice *voice = [AVSpeechSynthesisVoice voiceWithLanguage:tag];
    if (voice == nil) {
        return NO;
    }
    if (self.synthesizer == nil) {
        self.synthesizer = [[AVSpeechSynthesizer alloc] init];
        self.synthesizer.delegate = self;
        // heard with the ringer switch on silent too, lowering other sound meanwhile: the person asked for it
        [[AVAudioSession sharedInstance] setCategory:AVAudioSessionCategoryPlayback
                                                mode:AVAudioSessionModeSpokenAudio
                                             options:AVAudioSessionCategoryOptionDuckOthers error:nil];
    }
    [[AVAudioSession sharedInstance] setActive:YES error:nil];
    AVSpeechUtterance *u = [AVSpeechUtterance speechUtteranceWithString:text];
    u.voice = voice;
    u.rate = AVSpeechUtteranceDefaultSpeechRate * 0.9f; // a little slower than the default, for older listeners
    [self.utterances setObject:@(utteranceId) forKey:u];
    [self.synthesizer speakUtterance:u];
    return YES;
}

- (void)stopSpeaking {
    [self.synthesizer stopSpeakingAtBoundary:AVSpeechBoundaryImmediate];
}

- (void)ended:(AVSpeechUtterance *)u result:(int)result {
    NSNumber *utteranceId = [self.utterances objectForKey:u];
    if (utteranceId != nil) {
        [self.utterances removeObjectForKey:u];
        tellSpeechDone(utteranceId.intValue, result);
    }
}

- (void)speechSynthesizer:(AVSpeechSynthesizer *)synthesizer didFinishSpeechUtterance:(AVSpeechUtterance *)u {
    [self ended:u result:HZDone];
}

- (void)speechSynthesizer:(AVSpeechSynthesizer *)synthesizer didCancelSpeechUtterance:(AVSpeechUtterance *)u {
    [self ended:u result:HZStopped];
}

@end

static HZBridge *theBridge(void) {
    static dispatch_once_t once;
    dispatch_once(&once, ^{
        bridge = [[HZBridge alloc] init];
    });
    return bridge;
}

// ------------------------------------------------------------------------------------------------ from the app

JNIEXPORT jboolean JNICALL Java_cn_huzhong_care_app_platform_phone_IosNative_nativeStart(JNIEnv *env, jclass cls) {
    HZBridge *b = theBridge();
    onMain(^{
        [b start];
    });
    return JNI_TRUE;
}

JNIEXPORT void JNICALL Java_cn_huzhong_care_app_platform_phone_IosNative_nativeSetSnapshot(JNIEnv *env, jclass cls,
        jstring wire) {
    NSString *w = toNSString(env, wire);
    HZBridge *b = theBridge();
    onMain(^{
        [b show:w];
    });
}

JNIEXPORT void JNICALL Java_cn_huzhong_care_app_platform_phone_IosNative_nativeAnnounce(JNIEnv *env, jclass cls,
        jstring text) {
    NSString *t = toNSString(env, text);
    HZBridge *b = theBridge();
    onMain(^{
        [b announce:t];
    });
}

JNIEXPORT jboolean JNICALL Java_cn_huzhong_care_app_platform_phone_IosNative_nativeScreenReaderOn(JNIEnv *env,
        jclass cls) {
    __block BOOL on = NO;
    onMainAndWait(^{
        on = UIAccessibilityIsVoiceOverRunning();
    });
    return on ? JNI_TRUE : JNI_FALSE;
}

/* The system text size as a factor: what the body text style's 17 pt becomes at the chosen content size category. */
JNIEXPORT jfloat JNICALL Java_cn_huzhong_care_app_platform_phone_IosNative_nativeFontScale(JNIEnv *env, jclass cls) {
    __block CGFloat scaled = 17.0;
    onMainAndWait(^{
        scaled = [[UIFontMetrics defaultMetrics] scaledValueForValue:17.0];
    });
    return (jfloat) (scaled / 17.0);
}

JNIEXPORT jboolean JNICALL Java_cn_huzhong_care_app_platform_phone_IosNative_nativeCanSpeak(JNIEnv *env, jclass cls,
        jstring tag) {
    return [theBridge() canSpeak:toNSString(env, tag)] ? JNI_TRUE : JNI_FALSE;
}

JNIEXPORT jboolean JNICALL Java_cn_huzhong_care_app_platform_phone_IosNative_nativeSpeak(JNIEnv *env, jclass cls,
        jstring text, jstring tag, jint utterance) {
    NSString *s = toNSString(env, text);
    NSString *t = toNSString(env, tag);
    HZBridge *b = theBridge();
    if (![b canSpeak:t]) {
        return JNI_FALSE;
    }
    onMain(^{
        if (![b speak:s language:t utterance:(int) utterance]) {
            tellSpeechDone((int) utterance, HZNoVoice);
        }
    });
    return JNI_TRUE;
}

JNIEXPORT void JNICALL Java_cn_huzhong_care_app_platform_phone_IosNative_nativeStopSpeaking(JNIEnv *env, jclass cls) {
    HZBridge *b = theBridge();
    onMain(^{
        [b stopSpeaking];
    });
}
