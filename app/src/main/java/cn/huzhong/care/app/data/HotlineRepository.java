package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.HotlineDto;

import java.util.List;

/** The hotline directory (F7). Works offline even on first start: the app carries the directory too. */
public interface HotlineRepository {
    /** The device's copy is the one built into the app ({@code savedAt} null) until the server has sent one. */
    Reading<List<HotlineDto>> hotlines();
}
