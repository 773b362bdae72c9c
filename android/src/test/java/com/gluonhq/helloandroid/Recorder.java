package com.gluonhq.helloandroid;

import android.view.View;
import android.view.ViewGroup;
import android.view.accessibility.AccessibilityEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * What the bridge tells the app (a recording double of the native callbacks), and the accessibility events the host
 * view sends up to its parent, as TalkBack would receive them (type and text, copied: events are recycled).
 */
final class Recorder implements HuzhongA11yBridge.Callbacks {
    final List<String> actions = new ArrayList<>();
    final List<Boolean> screenReader = new ArrayList<>();
    final List<String> speechDone = new ArrayList<>();
    final List<String> events = new ArrayList<>();

    @Override
    public void perform(int id, int action, String argument) {
        actions.add(id + ":" + action + ":" + argument);
    }

    @Override
    public void screenReader(boolean on) {
        screenReader.add(on);
    }

    @Override
    public void done(int utterance, int result) {
        speechDone.add(utterance + ":" + result);
    }

    /** Records what {@code parent}'s children send (the host's events go through its parent). */
    void listenTo(ViewGroup parent) {
        parent.setAccessibilityDelegate(new View.AccessibilityDelegate() {
            @Override
            public boolean onRequestSendAccessibilityEvent(ViewGroup host, View child, AccessibilityEvent event) {
                events.add(AccessibilityEvent.eventTypeToString(event.getEventType()) + " " + event.getText());
                return false; // recorded: nothing further to send it to
            }
        });
    }

    /** The events of {@code type} ("TYPE_VIEW_CLICKED"…), with their text. */
    List<String> events(String type) {
        List<String> out = new ArrayList<>();
        for (String e : events) {
            if (e.startsWith(type + " ")) {
                out.add(e.substring(type.length() + 1));
            }
        }
        return out;
    }
}
