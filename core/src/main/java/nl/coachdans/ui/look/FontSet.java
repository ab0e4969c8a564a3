package nl.coachdans.ui.look;

import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.PixmapPacker;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator;
import com.badlogic.gdx.utils.Array;
import nl.coachdans.ui.text.PathFileHandle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The five fonts of one text size, generated at run time from DejaVu Sans with FreeType so every
 * glyph the texts use is present at a crisp size (bitmaps are never scaled).
 *
 * <p>Generation is split in two because rasterising some 450 glyphs five times takes about a
 * second: {@link #prepare} does the FreeType work and packing into pixmaps and needs no OpenGL, so
 * the game runs it on a background thread while the window opens; {@link #realize} only uploads
 * the pages as textures, on the render thread.
 */
public record FontSet(BitmapFont body, BitmapFont bold, BitmapFont small, BitmapFont heading, BitmapFont title,
                      List<PixmapPacker> packers) {

    public static final String REGULAR = "fonts/DejaVuSans.ttf";
    public static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

    /** Glyphs rasterised and packed, not yet textures. */
    public record Prepared(List<FreeTypeFontGenerator.FreeTypeBitmapFontData> data, List<PixmapPacker> packers, int bodySize) { }

    public static Prepared prepare(Path assetsRoot, int bodySize, String characters) {
        FreeTypeFontGenerator regular = new FreeTypeFontGenerator(new PathFileHandle(assetsRoot.resolve(REGULAR)));
        FreeTypeFontGenerator bold = new FreeTypeFontGenerator(new PathFileHandle(assetsRoot.resolve(BOLD)));
        List<FreeTypeFontGenerator.FreeTypeBitmapFontData> data = new ArrayList<>();
        List<PixmapPacker> packers = new ArrayList<>();
        try {
            int[] sizes = {bodySize, bodySize, Math.round(bodySize * 0.84f), Math.round(bodySize * 1.35f), Math.round(bodySize * 2.0f)};
            FreeTypeFontGenerator[] faces = {regular, bold, regular, bold, bold};
            for (int i = 0; i < sizes.length; i++) {
                PixmapPacker packer = new PixmapPacker(1024, 1024, Pixmap.Format.RGBA8888, 1, false, new PixmapPacker.SkylineStrategy());
                FreeTypeFontGenerator.FreeTypeFontParameter p = new FreeTypeFontGenerator.FreeTypeFontParameter();
                p.size = sizes[i];
                p.characters = characters;
                p.kerning = true;
                p.packer = packer;
                data.add(faces[i].generateData(p));
                packers.add(packer);
            }
            return new Prepared(data, packers, bodySize);
        } finally {
            regular.dispose();
            bold.dispose();
        }
    }

    /** Uploads the prepared pages as textures and makes the fonts; render thread only. */
    public static FontSet realize(Prepared prepared) {
        List<BitmapFont> fonts = new ArrayList<>();
        for (int i = 0; i < prepared.data().size(); i++) {
            FreeTypeFontGenerator.FreeTypeBitmapFontData d = prepared.data().get(i);
            Array<TextureRegion> regions = new Array<>();
            prepared.packers().get(i).updateTextureRegions(regions, Texture.TextureFilter.Linear, Texture.TextureFilter.Linear, false);
            d.regions = regions;
            BitmapFont font = new BitmapFont(d, regions, true);
            // The packer owns the textures; it is disposed with the skin.
            font.setOwnsTexture(false);
            // Scenario texts are shown literally: '[' must never start a colour tag.
            font.getData().markupEnabled = false;
            fonts.add(font);
        }
        return new FontSet(fonts.get(0), fonts.get(1), fonts.get(2), fonts.get(3), fonts.get(4), prepared.packers());
    }
}
