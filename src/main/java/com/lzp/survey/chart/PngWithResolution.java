package com.lzp.survey.chart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** Writes a PNG whose pHYs chunk records its resolution, so word processors place it at its printed size. */
final class PngWithResolution {

    private static final double INCH_IN_METRES = 0.0254;

    private PngWithResolution() {}

    static byte[] write(BufferedImage image, int dpi) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            IIOMetadata metadata = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image), writer.getDefaultWriteParam());
            IIOMetadataNode physical = new IIOMetadataNode("pHYs");
            String dotsPerMetre = Long.toString(Math.round(dpi / INCH_IN_METRES));
            physical.setAttribute("pixelsPerUnitXAxis", dotsPerMetre);
            physical.setAttribute("pixelsPerUnitYAxis", dotsPerMetre);
            physical.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(physical);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(new IIOImage(image, null, metadata));
            }
            return out.toByteArray();
        } finally {
            writer.dispose();
        }
    }
}
