package com.lzp.survey.chart;

/** One chart of a wave's catalogue, with where to download it. */
public record ChartLink(String name, String title, String png, String printPng, String svg) {}
