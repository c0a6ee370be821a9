package com.lzp.survey.committee;

import com.lzp.survey.common.SurveyException;
import java.util.List;
import java.util.Map;

/**
 * The differencing defence. Committees may ask only for published groups — the whole wave, one unit type, or one
 * unit — never an arbitrary list of units, so that two requests cannot differ by a single small unit. A group is
 * published only when it and each difference with a group that contains it (the wave; for a unit, its unit type)
 * hold at least the threshold of respondents or none at all: subtracting one published figure from another never
 * isolates a small group.
 */
final class PublishedGroups {

    private PublishedGroups() {}

    /**
     * @param group respondents in the requested group
     * @param containing respondents in each group that contains it (the wave, and for a unit its unit type)
     */
    static void check(String scope, int group, List<Integer> containing, int threshold) {
        if (group < threshold) {
            return; // the group itself is reported as suppressed
        }
        for (int larger : containing) {
            int rest = larger - group;
            if (rest > 0 && rest < threshold) {
                throw new SurveyException(
                        403,
                        "differencing",
                        "为保护匿名不予提供",
                        scope + "与包含它的范围只相差 " + rest + " 人（少于 " + threshold + " 人），两组数字相减即可推算出这部分人的情况，因此不提供该范围的统计。",
                        List.of());
            }
        }
    }

    /** The request's scope, refusing what committees may not ask for. */
    static String scopeOf(Map<String, List<String>> parameters) {
        List<String> units = parameters.getOrDefault("unit", List.of());
        List<String> types = parameters.getOrDefault("unitType", List.of());
        boolean other = parameters.keySet().stream().anyMatch(k -> !k.equals("unit") && !k.equals("unitType"));
        if (other || units.size() > 1 || types.size() > 1 || (!units.isEmpty() && !types.isEmpty())) {
            throw SurveyException.badRequest(
                    "unit", "工委查询只能选择全体、一个单位类型（unitType）或一个单位（unit），" + "不能组合或按其他条件筛选，以免通过相减推算出小群体的情况。");
        }
        return units.isEmpty() ? (types.isEmpty() ? "全体" : "单位类型「" + types.get(0) + "」") : "单位「" + units.get(0) + "」";
    }
}
