package nl.coachdans.replay;

/**
 * Where the replay is: the dancers stand at figure {@code to} (0 is the starting position, 1..n the
 * turns) or are moving there from figure {@code from}. Play, pause, step, jump and speed change it;
 * {@link #update} advances time. Plain Java with no clock of its own, so every rule is unit-tested
 * and a paused replay never moves: nothing here depends on timing alone.
 */
public final class Playhead {
    /** The speeds offered with + and -, as factors of the normal pace. */
    public static final float[] SPEEDS = {0.5f, 0.75f, 1f, 1.5f, 2f, 3f};
    static final int NORMAL = 2;
    /** Seconds a playing replay rests on a figure before the next move (at normal speed). */
    static final float DWELL = 1.4f;
    /** Seconds of a jump or a step back, whatever the tempo. */
    static final float JUMP = 0.5f;

    private final float[] moveSeconds;
    private final int last;
    private int from;
    private int to;
    private float progress = 1;
    private boolean jump;
    private boolean playing;
    private boolean loop;
    private float dwell;
    private int speed = NORMAL;

    /** {@code moveSeconds[k]} is how long the move into figure k takes (index 0 unused). */
    public Playhead(float[] moveSeconds) {
        this.moveSeconds = moveSeconds.clone();
        this.last = moveSeconds.length - 1;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    /** 0 when a move starts, 1 when the dancers have arrived at {@link #to()}. */
    public float progress() {
        return progress;
    }

    public boolean moving() {
        return progress < 1;
    }

    /** True for a jump or step back (a quick uniform move), false for a turn danced forward. */
    public boolean jumping() {
        return jump;
    }

    public boolean playing() {
        return playing;
    }

    public float speed() {
        return SPEEDS[speed];
    }

    /** Keeps playing from the start after the end (the benchmark's endless replay). */
    public void loop(boolean on) {
        this.loop = on;
    }

    public boolean looping() {
        return loop;
    }

    public void play() {
        if (to == last && !moving()) jumpTo(0);
        playing = true;
        dwell = DWELL; // the first move starts at once
    }

    public void pause() {
        playing = false;
    }

    public void toggle() {
        if (playing) pause();
        else play();
    }

    /** One turn on, danced at the turn's own tempo; a move under way is completed first. */
    public void forward() {
        playing = false;
        if (to >= last) return;
        from = to;
        to = to + 1;
        progress = 0;
        jump = false;
    }

    /** One turn back: a move under way is undone, otherwise a quick move to the previous figure. */
    public void back() {
        playing = false;
        if (moving()) {
            int was = from;
            from = to;
            to = was;
            progress = 0;
            jump = true;
            return;
        }
        if (to <= 0) return;
        from = to;
        to = to - 1;
        progress = 0;
        jump = true;
    }

    /** Moves quickly to a figure; a move under way is completed first. */
    public void jumpTo(int figure) {
        int k = Math.max(0, Math.min(last, figure));
        playing = false;
        if (k == to) return;
        from = to;
        to = k;
        progress = 0;
        jump = true;
    }

    public void faster() {
        speed = Math.min(SPEEDS.length - 1, speed + 1);
    }

    public void slower() {
        speed = Math.max(0, speed - 1);
    }

    /** Advances by {@code delta} seconds; returns true when the dancers arrived at {@link #to()} now. */
    public boolean update(float delta) {
        float d = Math.max(0, delta) * SPEEDS[speed];
        if (moving()) {
            float seconds = jump || to < from ? JUMP : moveSeconds[to];
            progress = seconds <= 0 ? 1 : Math.min(1, progress + d / seconds);
            if (progress >= 1) {
                dwell = 0;
                return true;
            }
            return false;
        }
        if (!playing) return false;
        if (to >= last) {
            if (loop) {
                jumpTo(0);
                playing = true;
                dwell = DWELL;
            } else {
                playing = false;
            }
            return false;
        }
        dwell += d;
        if (dwell >= DWELL) {
            from = to;
            to = to + 1;
            progress = 0;
            jump = false;
        }
        return false;
    }
}
