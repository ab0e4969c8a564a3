package nl.coachdans.ui.look;

import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.utils.Disposable;
import nl.coachdans.settings.TextSize;

/** One complete look (skin, fonts, palette) for a text size and contrast choice. */
public final class Look implements Disposable {
    private final Skin skin;
    private final Palette palette;
    private final TextSize size;

    Look(Skin skin, Palette palette, TextSize size) {
        this.skin = skin;
        this.palette = palette;
        this.size = size;
    }

    public Skin skin() {
        return skin;
    }

    public Palette palette() {
        return palette;
    }

    public TextSize size() {
        return size;
    }

    /** The basic spacing unit; grows with the text so larger text never gets cramped. */
    public float gap() {
        return Math.round(size.body() * 0.6f);
    }

    public TextureRegion white() {
        return skin.getRegion(Styles.WHITE);
    }

    @Override
    public void dispose() {
        skin.dispose();
    }
}
