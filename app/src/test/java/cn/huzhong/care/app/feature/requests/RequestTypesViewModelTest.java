package cn.huzhong.care.app.feature.requests;

import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.domain.ServiceRequestType;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RequestTypesViewModelTest {
    final Navigator navigator = new Navigator(new Destination.RequestTypes());
    final RequestTypesViewModel vm = new RequestTypesViewModel(navigator, Messages.of(Lang.ZH), Runnable::run);

    @Test
    void everyTypeOfTheSpec_isOffered_inOrder() {
        assertEquals(9, vm.state().types().size());
        assertEquals(ServiceRequestType.HOME_VISIT, vm.state().types().get(0));
    }

    @Test
    void nextWithoutAChoice_saysSo_andStays() {
        vm.next();
        assertEquals("请从列表中选择一项。", vm.state().error());
        assertEquals(new Destination.RequestTypes(), navigator.current());
        vm.select(ServiceRequestType.LEGAL_AID);
        assertNull(vm.state().error());
        vm.next();
        assertEquals(new Destination.RequestForm(ServiceRequestType.LEGAL_AID), navigator.current());
    }
}
