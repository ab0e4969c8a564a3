package nl.coachdans.assignments;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Objects;

/**
 * The learning record store an assignment sends its results to: the xAPI endpoint (the address
 * before {@code statements}), the Basic-auth key and secret the trainer handed out, whether
 * students are sent under a pseudonym, and the home page of their accounts (may be null).
 *
 * <p>The key and secret never leave the assignment file: they are not written when the assignment
 * is copied into a result file, not shown by {@link #toString()}, and do not take part in
 * {@link #equals(Object)}, so a student's copy without them still counts as the same assignment.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssignmentLrs(String endpoint, @JsonIgnore String key, @JsonIgnore String secret, boolean pseudonym, String homePage) {

    @JsonIgnore
    public boolean hasCredentials() {
        return key != null && !key.isEmpty() && secret != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AssignmentLrs other && Objects.equals(endpoint, other.endpoint)
                && pseudonym == other.pseudonym && Objects.equals(homePage, other.homePage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(endpoint, pseudonym, homePage);
    }

    @Override
    public String toString() {
        return "AssignmentLrs[endpoint=" + endpoint + ", pseudonym=" + pseudonym + ", homePage=" + homePage + "]";
    }
}
