package org.splinelens.experiments.report;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.splinelens.core.io.AtomicFiles;
import org.splinelens.experiments.runner.Figure;

/**
 * Animations of training: frames drawn as figures, written as a looping animated GIF (the JDK's GIF writer, a
 * delay and the NETSCAPE2.0 loop extension per frame) and as PNG frames with an HTML page that has a slider over them.
 */
public final class Movie {
    private Movie() {
    }

    /**
     * Writes {@code stem.gif}, {@code stem/frame-NNN.png} and {@code stem.html} into {@code dir}.
     *
     * @return the GIF's and the page's file names
     */
    public static List<String> write(List<Figure> frames, int delayMillis, Path dir, String stem) throws IOException {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("a movie needs at least one frame");
        }
        System.setProperty("java.awt.headless", "true");
        // the frames are drawn, quantized and PNG-encoded in parallel; the GIF is a sequence, written in order
        List<EncodedFrame> encoded = IntStream.range(0, frames.size()).parallel()
                .mapToObj(k -> EncodedFrame.of(frames.get(k))).toList();
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        StringBuilder frameList = new StringBuilder();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(gif)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (int k = 0; k < encoded.size(); k++) {
                BufferedImage image = encoded.get(k).image();
                ImageWriteParam param = writer.getDefaultWriteParam();
                IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                        param);
                frameMetadata(metadata, delayMillis, (IndexColorModel) image.getColorModel());
                writer.writeToSequence(new IIOImage(image, null, metadata), param);
                String frame = String.format(java.util.Locale.ROOT, "%s/frame-%03d.png", stem, k);
                AtomicFiles.write(dir.resolve(frame), encoded.get(k).png());
                frameList.append(k == 0 ? "" : ",").append('"').append(frame).append('"');
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        AtomicFiles.write(dir.resolve(stem + ".gif"), gif.toByteArray());
        String page = PageStyle.head(stem) + "<h1>" + HtmlReport.escape(stem) + "</h1>\n<p>Frame <span id=\"k\">0"
                + "</span> of " + (frames.size() - 1) + "<br><input id=\"t\" type=\"range\" min=\"0\" max=\""
                + (frames.size() - 1) + "\" value=\"0\" style=\"width:720px;max-width:100%\"></p>\n<img id=\"f\" src=\""
                + stem + "/frame-000.png\" alt=\"frame\">\n<script>const frames=[" + frameList + "];"
                + "const t=document.getElementById('t');t.oninput=()=>{document.getElementById('f').src=frames[t.value];"
                + "document.getElementById('k').textContent=t.value;};</script>\n</body></html>\n";
        AtomicFiles.writeString(dir.resolve(stem + ".html"), page);
        return List.of(stem + ".gif", stem + ".html");
    }

    /** A frame drawn and quantized to 256 colors ({@link FramePalette}), and the same image as a PNG file. */
    private record EncodedFrame(BufferedImage image, byte[] png) {
        static EncodedFrame of(Figure figure) {
            BufferedImage indexed = FramePalette.indexed(Plots.image(figure));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            try {
                ImageIO.write(indexed, "png", png);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new EncodedFrame(indexed, png.toByteArray());
        }
    }

    /**
     * Sets the frame's own color table (its palette, {@link FramePalette}), the frame delay (hundredths of a second)
     * and the endless-loop application extension. Without the table the JDK's writer leaves the frame's indices to its
     * default global table, a fixed palette whose index 0 is black: a white chart shows black.
     */
    private static void frameMetadata(IIOMetadata metadata, int delayMillis, IndexColorModel palette)
            throws IOException {
        String format = metadata.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(Math.max(1, delayMillis / 10)));
        control.setAttribute("transparentColorIndex", "0");
        IIOMetadataNode table = child(root, "LocalColorTable");
        // a GIF color table has 2^k entries: the palette, then black up to the next power of two
        int size = Math.max(2, Integer.highestOneBit(Math.max(1, palette.getMapSize() - 1)) << 1);
        table.setAttribute("sizeOfLocalColorTable", Integer.toString(size));
        table.setAttribute("sortFlag", "FALSE");
        while (table.getLength() > 0) {
            table.removeChild(table.getFirstChild());
        }
        for (int k = 0; k < size; k++) {
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            entry.setAttribute("index", Integer.toString(k));
            entry.setAttribute("red", Integer.toString(k < palette.getMapSize() ? palette.getRed(k) : 0));
            entry.setAttribute("green", Integer.toString(k < palette.getMapSize() ? palette.getGreen(k) : 0));
            entry.setAttribute("blue", Integer.toString(k < palette.getMapSize() ? palette.getBlue(k) : 0));
            table.appendChild(entry);
        }
        IIOMetadataNode extensions = child(root, "ApplicationExtensions");
        IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
        loop.setAttribute("applicationID", "NETSCAPE");
        loop.setAttribute("authenticationCode", "2.0");
        loop.setUserObject(new byte[] {1, 0, 0});
        extensions.appendChild(loop);
        metadata.setFromTree(format, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int k = 0; k < root.getLength(); k++) {
            if (root.item(k).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(k);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
