package org.mineaction.reporting.figures.domain;

/**
 * One build of the figures read model: its own collections and its own consumer group. A rebuild
 * builds the next generation from the beginning of the topics beside the live one and switches the
 * reports over once it has caught up.
 */
public record Generation(int number) {

    public static final Generation FIRST = new Generation(1);

    public Generation {
        if (number < 1) {
            throw new IllegalArgumentException("Generations count from 1");
        }
    }

    public Generation next() {
        return new Generation(number + 1);
    }

    /** The collection of this generation for a base name, e.g. {@code figures_g2}. */
    public String collection(String base) {
        return base + "_g" + number;
    }
}
