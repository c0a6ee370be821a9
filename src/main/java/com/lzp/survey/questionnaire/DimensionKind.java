package com.lzp.survey.questionnaire;

/** The block of the study a Likert dimension belongs to. */
public enum DimensionKind {
    /** 工作成效: what is working. */
    EFFECT,
    /** 存在问题: a family of problems (热情不高, 思路不清, 办法不多). */
    PROBLEM,
    /** 原因: a family of causes (认识, 能力, 机制). */
    CAUSE
}
