package dev.bulwark.classifier.tools.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;

/**
 * Runs a piece of work over a corpus on a number of threads, each going round the corpus from its
 * own offset: a warm-up that is not measured, then a fixed measuring time in which every text's
 * latency goes into the thread's own histogram (no shared state on the measured path). The CPU
 * time of the workers' threads is measured too: when the work is done on those threads (in-process)
 * it tells what a core does even while other processes compete for the cores.
 */
public final class LoadRunner {

    /** Latencies up to an hour fit; three significant digits. */
    private static final long HIGHEST_TRACKABLE_NANOS = Duration.ofHours(1).toNanos();

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final List<String> corpus;

    public LoadRunner(List<String> corpus) {
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("empty corpus");
        }
        this.corpus = List.copyOf(corpus);
    }

    /**
     * Runs {@code work} on {@code workers} threads without measuring, for {@code duration} and at least
     * {@code minTexts} texts in all: the JIT compiles after a number of calls, not after a time, and on a
     * busy machine a fixed time may hold too few calls.
     */
    public void warmUp(int workers, Duration duration, long minTexts, Consumer<String> work) {
        runWorkers(workers, duration, (minTexts + workers - 1) / workers, work, new AtomicLong());
    }

    /**
     * Runs {@code work} on {@code workers} threads for {@code duration}, measuring every text.
     * {@code workOnWorkerThreads} says whether the work's CPU time is the workers' (in-process) or
     * spent elsewhere (a remote call), where their CPU time would mean nothing.
     */
    public BenchResult measure(String name, int workers, Duration duration, boolean workOnWorkerThreads,
            Consumer<String> work) {
        AtomicLong cpuNanos = new AtomicLong();
        long start = System.nanoTime();
        List<Histogram> histograms = runWorkers(workers, duration, 0, work, cpuNanos);
        long elapsed = System.nanoTime() - start;
        Histogram all = new Histogram(HIGHEST_TRACKABLE_NANOS, 3);
        histograms.forEach(all::add);
        boolean cpuKnown = workOnWorkerThreads && THREADS.isCurrentThreadCpuTimeSupported();
        return new BenchResult(name, workers, all.getTotalCount(), elapsed, cpuKnown ? cpuNanos.get() : 0, all);
    }

    private List<Histogram> runWorkers(int workers, Duration duration, long minTextsEach, Consumer<String> work,
            AtomicLong cpuNanos) {
        List<Histogram> histograms = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int w = 0; w < workers; w++) {
            Histogram histogram = new Histogram(HIGHEST_TRACKABLE_NANOS, 3);
            histograms.add(histogram);
            int offset = w * corpus.size() / workers;
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                    long cpuStart = THREADS.getCurrentThreadCpuTime();
                    loop(offset, duration, minTextsEach, work, histogram);
                    cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuStart);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "bench-worker-" + w);
            threads.add(thread);
            thread.start();
        }
        go.countDown();
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the workers", e);
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a worker failed: " + failure.get().getMessage(), failure.get());
        }
        return histograms;
    }

    private void loop(int offset, Duration duration, long minTexts, Consumer<String> work, Histogram histogram) {
        long deadline = System.nanoTime() + duration.toNanos();
        int i = offset;
        long now = System.nanoTime();
        while (now < deadline || histogram.getTotalCount() < minTexts) {
            work.accept(corpus.get(i));
            long done = System.nanoTime();
            histogram.recordValue(done - now);
            now = done;
            i = i + 1 == corpus.size() ? 0 : i + 1;
        }
    }
}
