package cn.huzhong.care.core.api;

/**
 * A line in the hotline directory.
 *
 * @param allDay      answered 7×24
 * @param emergency   an emergency number (120, 110, 119)
 * @param textChannel the app can also write to this desk (the 12385 text hotline)
 * @param demo        the number is demo data (marked here, never in the texts people read)
 */
public record HotlineDto(String id, String number, String name, String handles, String hours, boolean allDay,
                         boolean emergency, boolean textChannel, boolean demo) {
}
