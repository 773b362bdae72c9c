package cn.huzhong.care.core.api;

import cn.huzhong.care.core.domain.Town;

import java.util.List;

/** The indicators of one town, or (town null) of the whole district. */
public record IndicatorSet(Town town, String scopeName, List<IndicatorDto> indicators) {
}
