package nl.coachdans.cli;

import nl.coachdans.dance.Choreography;
import nl.coachdans.dance.DanceFigure;
import nl.coachdans.dance.Octant;
import nl.coachdans.dance.RosePoint;
import nl.coachdans.scenario.Language;
import nl.coachdans.scoring.RiskEvent;
import nl.coachdans.scoring.ScoreProfile;
import nl.coachdans.scoring.StepResult;
import nl.coachdans.words.WordBook;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole dance of a session as one still, for reports and the README: the path of coach and
 * client over Leary's Rose with numbered figures, stumbles and in-tune moments, the expert path as
 * a ghost, and a timeline with step and risk markers. Drawn with Java2D so no window is needed.
 */
final class ChoreographySheet {
    static final int WIDTH = 1600, HEIGHT = 1000;
    private static final Color COACH = new Color(0x1f5fa8), CLIENT = new Color(0xd9771e), GHOST = new Color(0x9aa3ad),
            TUNE = new Color(0x2e9d5b), STUMBLE = new Color(0xc0392b), INK = new Color(0x22272e), FAINT = new Color(0xe6e9ed);
    private static final int CX = 520, CY = 540, R = 400;

    /** The sheet's words, from the debrief bundle the replay screen reads too; scenario texts come from the data. */
    private final WordBook words;
    private final Font base;

    ChoreographySheet(Language lang, Path assetsRoot) {
        this.words = WordBook.load("debrief", lang);
        this.base = loadFont(assetsRoot);
    }

    private String w(String key) {
        return words.text(key);
    }

    private static Font loadFont(Path assetsRoot) {
        Path ttf = assetsRoot == null ? null : assetsRoot.resolve("fonts/DejaVuSans.ttf");
        if (ttf != null && Files.isRegularFile(ttf)) {
            try (InputStream in = Files.newInputStream(ttf)) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (Exception e) {
                // fall back to the platform's sans serif
            }
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }

    /** The sheet as PNG bytes; the caller writes them through the safe writer. */
    byte[] render(String title, Choreography dance, Choreography ghost, ScoreProfile profile, String endingText) throws IOException {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(INK);
        g.setFont(base.deriveFont(Font.BOLD, 30f));
        g.drawString(words.text("sheet.title", title), 40, 56);
        g.setFont(base.deriveFont(18f));
        g.drawString(words.text("sheet.ending", endingText == null ? w("sheet.unfinished") : endingText), 40, 88);
        drawRose(g);
        if (ghost != null) drawPath(g, ghost, GHOST, true, false);
        drawPath(g, dance, CLIENT, false, false);
        drawPath(g, dance, COACH, false, true);
        drawLegend(g, ghost != null);
        drawTimeline(g, dance, profile);
        g.dispose();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream(256 * 1024);
        ImageIO.write(img, "png", png);
        return png.toByteArray();
    }

    private static double sx(RosePoint p) {
        return CX + p.together() * R * 0.88;
    }

    private static double sy(RosePoint p) {
        return CY - p.above() * R * 0.88;
    }

    private void drawRose(Graphics2D g) {
        g.setColor(new Color(0xf6f8fa));
        g.fill(new Ellipse2D.Double(CX - R, CY - R, 2 * R, 2 * R));
        g.setColor(FAINT);
        g.setStroke(new BasicStroke(1.5f));
        for (int i = 0; i < 8; i++) {
            double a = Math.toRadians(45 * i);
            g.draw(new Line2D.Double(CX, CY, CX + R * Math.cos(a), CY - R * Math.sin(a)));
        }
        g.setColor(new Color(0xb8c0c8));
        g.setStroke(new BasicStroke(2.5f));
        g.draw(new Ellipse2D.Double(CX - R, CY - R, 2 * R, 2 * R));
        g.draw(new Line2D.Double(CX - R, CY, CX + R, CY));
        g.draw(new Line2D.Double(CX, CY - R, CX, CY + R));
        g.setColor(new Color(0x8a939c));
        g.setFont(base.deriveFont(Font.ITALIC, 15f));
        for (Octant o : Octant.values()) {
            double a = Math.toRadians(o.middleDegrees());
            centered(g, w(o.key()), CX + R * 0.8 * Math.cos(a), CY - R * 0.8 * Math.sin(a));
        }
        g.setColor(INK);
        g.setFont(base.deriveFont(Font.BOLD, 17f));
        centered(g, w("rose.above"), CX, CY - R - 14);
        centered(g, w("rose.below"), CX, CY + R + 26);
        g.drawString(w("rose.together"), CX + R + 8, CY + 6);
        int tw = g.getFontMetrics().stringWidth(w("rose.against"));
        g.drawString(w("rose.against"), CX - R - 8 - tw, CY + 6);
    }

    private void drawPath(Graphics2D g, Choreography c, Color color, boolean ghost, boolean coach) {
        List<RosePoint> pts = new ArrayList<>();
        pts.add(coach || ghost ? c.coachStart() : c.clientStart());
        for (DanceFigure f : c.figures()) pts.add(coach || ghost ? f.coach() : f.client());
        g.setColor(color);
        g.setStroke(ghost ? new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 8f}, 0f)
                : new BasicStroke(coach ? 3f : 2f));
        for (int i = 1; i < pts.size(); i++) {
            g.draw(new Line2D.Double(sx(pts.get(i - 1)), sy(pts.get(i - 1)), sx(pts.get(i)), sy(pts.get(i))));
        }
        if (ghost) return;
        g.setFont(base.deriveFont(Font.BOLD, 12f));
        Map<String, Integer> used = new java.util.HashMap<>();
        for (int i = 0; i < c.figures().size(); i++) {
            DanceFigure f = c.figures().get(i);
            RosePoint p = coach ? f.coach() : f.client();
            // Figures that land on the same spot are fanned out around it so every number stays readable.
            int k = used.merge(Math.round(sx(p) / 12) + ":" + Math.round(sy(p) / 12), 1, Integer::sum) - 1;
            double ring = k == 0 ? 0 : 22 + 14 * ((k - 1) / 6), angle = Math.toRadians(60 * k + (coach ? 0 : 30));
            double x = sx(p) + ring * Math.cos(angle), y = sy(p) + ring * Math.sin(angle);
            if (coach && Boolean.TRUE.equals(f.inTune())) {
                g.setColor(new Color(TUNE.getRed(), TUNE.getGreen(), TUNE.getBlue(), 90));
                g.fill(new Ellipse2D.Double(x - 17, y - 17, 34, 34));
            }
            g.setColor(color);
            g.fill(new Ellipse2D.Double(x - 11, y - 11, 22, 22));
            g.setColor(Color.WHITE);
            centered(g, String.valueOf(f.turn()), x, y + 4);
            if (coach && f.stumble()) {
                g.setColor(STUMBLE);
                g.setStroke(new BasicStroke(4f));
                g.draw(new Line2D.Double(x + 10, y - 22, x + 24, y - 8));
                g.draw(new Line2D.Double(x + 24, y - 22, x + 10, y - 8));
                g.setStroke(new BasicStroke(3f));
            }
        }
    }

    private void drawLegend(Graphics2D g, boolean ghost) {
        int x = 1000, y = 140;
        g.setFont(base.deriveFont(16f));
        legendDot(g, x, y, COACH, w("sheet.coach"));
        legendDot(g, x + 150, y, CLIENT, w("sheet.client"));
        y += 30;
        if (ghost) {
            g.setColor(GHOST);
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 8f}, 0f));
            g.draw(new Line2D.Double(x - 8, y - 5, x + 20, y - 5));
            g.setColor(INK);
            g.drawString(w("sheet.ghost"), x + 30, y);
            y += 30;
        }
        g.setColor(new Color(TUNE.getRed(), TUNE.getGreen(), TUNE.getBlue(), 90));
        g.fill(new Ellipse2D.Double(x - 4, y - 17, 24, 24));
        g.setColor(INK);
        g.drawString(w("sheet.tune"), x + 30, y);
        y += 30;
        g.setColor(STUMBLE);
        g.setStroke(new BasicStroke(4f));
        g.draw(new Line2D.Double(x, y - 14, x + 14, y));
        g.draw(new Line2D.Double(x + 14, y - 14, x, y));
        g.setColor(INK);
        g.drawString(w("sheet.stumble"), x + 30, y);
    }

    private void legendDot(Graphics2D g, int x, int y, Color c, String label) {
        g.setColor(c);
        g.fill(new Ellipse2D.Double(x, y - 14, 16, 16));
        g.setColor(INK);
        g.drawString(label, x + 24, y);
    }

    private void drawTimeline(Graphics2D g, Choreography dance, ScoreProfile profile) {
        int x = 1000, y = 300;
        g.setColor(INK);
        g.setFont(base.deriveFont(Font.BOLD, 18f));
        g.drawString(w("sheet.timeline"), x, y);
        y += 12;
        Map<Integer, List<String>> marks = new LinkedHashMap<>();
        for (var fr : profile.frameworks()) {
            for (StepResult s : fr.steps()) {
                if (s.reached()) marks.computeIfAbsent(s.turn(), k -> new ArrayList<>()).add(words.text("sheet.step", s.id()));
            }
        }
        java.util.Set<Integer> riskTurns = new java.util.HashSet<>();
        for (RiskEvent r : profile.risks()) {
            marks.computeIfAbsent(r.turn(), k -> new ArrayList<>()).add(words.text("sheet.risk", r.id()));
            riskTurns.add(r.turn());
        }
        int rows = dance.figures().size();
        int rowHeight = Math.max(14, Math.min(26, (HEIGHT - 40 - y) / Math.max(1, rows)));
        g.setFont(base.deriveFont((float) Math.max(11, rowHeight - 8)));
        for (DanceFigure f : dance.figures()) {
            y += rowHeight;
            g.setColor(f.stumble() ? STUMBLE : Boolean.TRUE.equals(f.inTune()) ? TUNE : INK);
            String line = String.format("%2d  %s", f.turn(), f.choice());
            g.drawString(line, x, y);
            List<String> m = marks.getOrDefault(f.turn(), List.of());
            if (!m.isEmpty()) {
                g.setColor(riskTurns.contains(f.turn()) ? STUMBLE : TUNE);
                g.drawString(String.join("  ", m), x + 300, y);
            }
        }
    }

    private static void centered(Graphics2D g, String s, double x, double y) {
        int wdt = g.getFontMetrics().stringWidth(s);
        g.drawString(s, (float) (x - wdt / 2.0), (float) y);
    }
}
