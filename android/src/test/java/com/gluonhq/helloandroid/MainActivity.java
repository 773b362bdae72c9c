package com.gluonhq.helloandroid;

import android.app.Activity;
import android.content.Context;
import android.os.Bundle;
import android.view.SurfaceView;
import android.view.ViewGroup;
import android.widget.FrameLayout;

/**
 * The parts of Gluon substrate's {@code MainActivity} the bridge relies on, as substrate builds them: the view JavaFX
 * draws into is an {@code InternalSurfaceView} (a SurfaceView, an inner class) inside a FrameLayout set as the
 * content; package-private statics {@code getInstance()} and {@code getViewGroup()}. No native code, no Gradle.
 */
public class MainActivity extends Activity {
    private static MainActivity instance;
    private static FrameLayout mViewGroup;
    private static SurfaceView mView;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        mView = new InternalSurfaceView(this);
        mViewGroup = new FrameLayout(this);
        mViewGroup.addView(mView);
        setContentView(mViewGroup);
        instance = this;
    }

    static MainActivity getInstance() {
        return instance;
    }

    static ViewGroup getViewGroup() {
        return mViewGroup;
    }

    class InternalSurfaceView extends SurfaceView {
        InternalSurfaceView(Context context) {
            super(context);
            setFocusableInTouchMode(true);
            setFocusable(true);
        }
    }
}
