package org.recbridge.util;

/**
 * The one line an OutOfMemoryError becomes wherever it reaches the user (the command line, the window's
 * dialogs, a failed run): the heap's limit and the -Xmx that would do, never a stack trace.
 */
public final class OutOfMemory {
    private static final long MB = 1L << 20;

    private OutOfMemory() {
    }

    /** Whether {@code e} or one of its causes is an OutOfMemoryError (a worker's arrives wrapped). */
    public static boolean in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** This JVM's heap limit, in MB. */
    public static long heapMb() {
        return Runtime.getRuntime().maxMemory() / MB;
    }

    /** "not enough memory: the Java heap of 256 MB (-Xmx) ran out; start java with -Xmx1024m or more" */
    public static String message() {
        long ask = advisedMb(heapMb());
        return "not enough memory: the Java heap of " + heapMb() + " MB (its -Xmx limit) ran out; start java with -Xmx"
                + ask + "m or more (java -Xmx" + ask + "m -jar recbridge.jar ...)";
    }

    /**
     * A heap worth asking for when {@code heapMb} ran out and nothing better is known: four times as much, at
     * least 512 MB, in whole quarter gigabytes. Doubling was too timid: it took three tries to fit.
     */
    public static long advisedMb(long heapMb) {
        return roundUp(Math.max(512, heapMb * 4));
    }

    /** A heap size worth typing: the next multiple of 256 MB. */
    public static long roundUp(long mb) {
        return (mb + 255) / 256 * 256;
    }
}
