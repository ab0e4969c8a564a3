package nl.coachdans.dance;

/**
 * The eight octants of Leary's Rose, counter-clockwise from samen (together, to the right) as the
 * rose is drawn: each spans 45 degrees, {@code HELPING} from samen up to boven-samen. Their names are
 * words of the debrief bundle ({@link #key()}), the one set the replay, the choreography sheet and
 * the command line read.
 */
public enum Octant {
    HELPING, LEADING, COMPETING, ATTACKING, DEFIANT, WITHDRAWN, FOLLOWING, COOPERATING;

    private static final Octant[] ALL = values();

    /** The key of the octant's name: {@code rose.octant0} … {@code rose.octant7}. */
    public String key() {
        return "rose.octant" + ordinal();
    }

    /** The angle of the octant's middle in degrees, counter-clockwise from samen: where its name goes. */
    public double middleDegrees() {
        return 22.5 + 45 * ordinal();
    }

    /** The octant a point lies in by its direction from the centre (the centre itself counts as HELPING). */
    static Octant of(RosePoint p) {
        double degrees = Math.toDegrees(Math.atan2(p.above(), p.together()));
        if (degrees < 0) degrees += 360;
        return ALL[(int) (degrees / 45) % 8];
    }
}
