package cn.huzhong.care.app.feature.services;

import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.Navigator;

import java.util.List;

/**
 * The "services" place: everything a resident (or the carer acting for them) can ask for or look up, in the order
 * people need them — the carer's respite care first when a carer acts for someone.
 */
public final class ServicesViewModel {
    /** One entry: its key (texts {@code services.<key>.title} / {@code .sub}) and where it leads. */
    public record Entry(String key, Destination destination) {
    }

    private final Navigator navigator;
    private final List<Entry> entries;

    public ServicesViewModel(Navigator navigator, boolean carer) {
        this.navigator = navigator;
        List<Entry> common = List.of(
                new Entry("requests", new Destination.Requests()),
                new Entry("bookings", new Destination.Bookings()),
                new Entry("subsidies", new Destination.Subsidies()),
                new Entry("finder", new Destination.BenefitFinder()),
                new Entry("hotlines", new Destination.Hotlines()),
                new Entry("textHotline", new Destination.TextHotline()),
                new Entry("certificate", new Destination.Certificate()));
        if (carer) {
            java.util.ArrayList<Entry> withRespite = new java.util.ArrayList<>();
            withRespite.add(new Entry("respite", new Destination.RequestForm(
                    cn.huzhong.care.core.domain.ServiceRequestType.RESPITE_CARE)));
            withRespite.addAll(common);
            this.entries = List.copyOf(withRespite);
        } else {
            this.entries = common;
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    public void open(Entry e) {
        navigator.go(e.destination());
    }
}
