package com.lzp.survey.questionnaire;

/**
 * The role a Likert dimension plays in the analysis. The cause attribution explains each {@link #PROBLEM} by the
 * {@link #CAUSE} dimensions the definition has; {@link #EFFECT} and {@link #OTHER} dimensions are reported (scores,
 * α, group differences) but take no part in it.
 */
public enum DimensionKind {
    /** 工作成效: what is working. */
    EFFECT,
    /** 存在问题: a family of problems (热情不高, 思路不清, 办法不多). */
    PROBLEM,
    /** 原因: a family of causes (认识, 能力, 机制). */
    CAUSE,
    /** Any other scored dimension: reported, not part of the attribution. The default when none is given. */
    OTHER
}
