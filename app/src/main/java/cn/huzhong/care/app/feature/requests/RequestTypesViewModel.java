package cn.huzhong.care.app.feature.requests;

import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.shell.ViewModel;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.domain.ServiceRequestType;

import java.util.List;
import java.util.concurrent.Executor;

/** Choosing the kind of service (F5): one of the types, then its form. */
public final class RequestTypesViewModel extends ViewModel<RequestTypesUiState> {
    private final Navigator navigator;
    private final Messages messages;

    public RequestTypesViewModel(Navigator navigator, Messages messages, Executor ui) {
        super(new RequestTypesUiState(List.of(ServiceRequestType.values()), null, null), ui);
        this.navigator = navigator;
        this.messages = messages;
    }

    public void select(ServiceRequestType type) {
        publish(new RequestTypesUiState(state().types(), type, null));
    }

    public void next() {
        ServiceRequestType t = state().selected();
        if (t == null) {
            publish(new RequestTypesUiState(state().types(), null, messages.core("validation.oneOf")));
            return;
        }
        navigator.go(new Destination.RequestForm(t));
    }
}
