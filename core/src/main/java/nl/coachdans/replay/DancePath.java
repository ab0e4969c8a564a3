package nl.coachdans.replay;

import nl.coachdans.dance.Choreography;
import nl.coachdans.dance.DanceFigure;
import nl.coachdans.scenario.Stance;
import nl.coachdans.scenario.Tempo;

/**
 * A choreography as flat arrays indexed by figure (0 the starting position, 1..n the turns), so
 * the floor can interpolate and draw every frame without touching a list or creating an object.
 * Rose coordinates run from -1 to 1: x from tegen to samen, y from onder to boven.
 */
public final class DancePath {
    public final int n;
    public final float[] coachX;
    public final float[] coachY;
    public final float[] clientX;
    public final float[] clientY;
    public final float[] distance;
    public final Stance[] stance;
    public final Tempo[] tempo;
    public final boolean[] stumble;
    /** 1 in tune with what the client needed, -1 not, 0 nothing specific was needed. */
    public final byte[] tune;

    private DancePath(int n) {
        this.n = n;
        coachX = new float[n + 1];
        coachY = new float[n + 1];
        clientX = new float[n + 1];
        clientY = new float[n + 1];
        distance = new float[n + 1];
        stance = new Stance[n + 1];
        tempo = new Tempo[n + 1];
        stumble = new boolean[n + 1];
        tune = new byte[n + 1];
    }

    public static DancePath of(Choreography c) {
        DancePath p = new DancePath(c.figures().size());
        p.coachX[0] = (float) c.coachStart().together();
        p.coachY[0] = (float) c.coachStart().above();
        p.clientX[0] = (float) c.clientStart().together();
        p.clientY[0] = (float) c.clientStart().above();
        p.distance[0] = (float) c.startDistance();
        int i = 1;
        for (DanceFigure f : c.figures()) {
            p.coachX[i] = (float) f.coach().together();
            p.coachY[i] = (float) f.coach().above();
            p.clientX[i] = (float) f.client().together();
            p.clientY[i] = (float) f.client().above();
            p.distance[i] = (float) f.distance();
            p.stance[i] = f.stance();
            p.tempo[i] = f.tempo();
            p.stumble[i] = f.stumble();
            p.tune[i] = f.inTune() == null ? 0 : f.inTune() ? (byte) 1 : (byte) -1;
            i++;
        }
        return p;
    }

    public int figures() {
        return n;
    }

    /** How long each move takes at normal speed, from its tempo (index 0 unused). */
    public float[] moveSeconds() {
        float[] s = new float[n + 1];
        for (int i = 1; i <= n; i++) s[i] = Easing.seconds(tempo[i]);
        return s;
    }

    public boolean stumble(int figure) {
        return figure >= 0 && figure <= n && stumble[figure];
    }

    public byte tune(int figure) {
        return figure >= 0 && figure <= n ? tune[figure] : 0;
    }

    public Stance stance(int figure) {
        return figure >= 0 && figure <= n ? stance[figure] : null;
    }

    public float distance(int figure) {
        return distance[Math.max(0, Math.min(n, figure))];
    }
}
