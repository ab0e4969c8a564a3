package nl.coachdans.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of a choice's conditional {@code next}: go to {@code to} when {@code when} holds (no
 * condition: always; the fallback that ends the list).
 */
public record Route(@JsonInclude(JsonInclude.Include.NON_NULL) Condition when, String to) {
}
