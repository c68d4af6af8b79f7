package org.recbridge.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The JVM started for Spark gets the heap the desktop JVM was given, and no other of its options. */
class SparkSupportTest {
    @Test
    void onlyTheHeapOptionsArePassedOn() {
        assertEquals(List.of("-Xmx3g", "-Xms512m", "-XX:MaxRAMPercentage=50"), SparkSupport.heapOptions(List.of(
                "-Dfile.encoding=UTF-8", "-Xmx3g", "-Xss4m", "-Xms512m", "-XX:+UseG1GC", "-XX:MaxRAMPercentage=50",
                "--add-opens=java.base/java.lang=ALL-UNNAMED")));
        assertEquals(List.of(), SparkSupport.heapOptions(List.of()));
    }
}
