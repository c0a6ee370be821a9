package com.lzp.survey.collection;

/** Whether a wave still takes responses. */
public enum WaveStatus {
    OPEN,
    CLOSED
}
