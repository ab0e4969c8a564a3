package nl.coachdans.ui.text;

import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The characters the fonts must contain: libGDX's defaults, the Latin ranges a trainee may type
 * (names with accents), typographic punctuation, and every character that appears in the bundles
 * and the content files. Reading the raw files is a superset of the texts and needs no parsing.
 */
public final class CharacterSet {
    private CharacterSet() {
    }

    /** Folders under the assets root whose files' characters are included. */
    static final List<String> SOURCES = List.of("i18n", "scenarios", "frameworks");

    public static String collect(Path assetsRoot) {
        // A bit per character of the Basic Multilingual Plane: it runs at start-up, before the JIT
        // has warmed up, over every content file, so no boxing and no sorted set per character.
        BitSet cps = new BitSet(0x10000);
        FreeTypeFontGenerator.DEFAULT_CHARS.codePoints().forEach(cps::set);
        addRange(cps, 0x00A0, 0x00FF);   // Latin-1: é ë ï ö ü ç ñ ...
        addRange(cps, 0x0100, 0x017F);   // Latin Extended-A: names such as Łukasz, Şahin
        addRange(cps, 0x2010, 0x2027);   // dashes, quotes, bullet, ellipsis
        for (int cp : new int[] {0x2039, 0x203A, 0x20AC, 0x2122, 0x2190, 0x2191, 0x2192, 0x2193, 0x21B5,
                0x2713, 0x2717, 0x25CB, 0x25CF, 0x26A0, 0x2709}) {
            cps.set(cp);
        }
        for (String folder : SOURCES) addFiles(cps, assetsRoot.resolve(folder));
        StringBuilder sb = new StringBuilder();
        for (int cp = cps.nextSetBit(0); cp >= 0; cp = cps.nextSetBit(cp + 1)) {
            // Halves of surrogate pairs are no characters of their own; the fonts cover the BMP only.
            if (!Character.isISOControl(cp) && !Character.isSurrogate((char) cp)) sb.append((char) cp);
        }
        return sb.toString();
    }

    public static String of(String... texts) {
        TreeSet<Integer> cps = new TreeSet<>();
        for (String t : texts) t.codePoints().forEach(cps::add);
        StringBuilder sb = new StringBuilder();
        cps.forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static void addRange(BitSet cps, int from, int to) {
        cps.set(from, to + 1);
    }

    private static void addFiles(BitSet cps, Path dir) {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (!Files.isRegularFile(f) || Files.size(f) > 8L * 1024 * 1024) continue;
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                for (int i = 0, n = text.length(); i < n; i++) cps.set(text.charAt(i));
            }
        } catch (IOException e) {
            // A folder that cannot be listed adds nothing; the content loader reports the problem.
        }
    }
}
