package com.lzp.survey.chart;

/** The formats a chart downloads in. */
public enum ChartFormat {
    PNG("png", "image/png"),
    SVG("svg", "image/svg+xml");

    private final String extension;
    private final String mediaType;

    ChartFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}
