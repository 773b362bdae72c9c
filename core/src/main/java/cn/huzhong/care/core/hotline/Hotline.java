package cn.huzhong.care.core.hotline;

import cn.huzhong.care.core.i18n.Text;

/**
 * A line of the hotline directory (F7).
 *
 * @param id          stable key, e.g. {@code 12385}
 * @param number      what to dial
 * @param allDay      answered 7×24
 * @param emergency   120 / 110 / 119
 * @param textChannel the app offers a text channel to this desk (for deaf and speech-impaired users)
 * @param demo        the number is demo data, to be confirmed by the federation before launch
 */
public record Hotline(String id, String number, Text name, Text handles, Text hours, boolean allDay,
                      boolean emergency, boolean textChannel, boolean demo) {
}
