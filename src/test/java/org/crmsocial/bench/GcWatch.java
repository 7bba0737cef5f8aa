package org.crmsocial.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The garbage collections of the server's JVM during a measurement (the benchmarks run in the
 * server), so that an outlier can be told apart from a collection pause.
 */
final class GcWatch {

  private final List<GarbageCollectorMXBean> collectors =
      ManagementFactory.getGarbageCollectorMXBeans();
  private final long[] counts;
  private final long[] millis;
  private final long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();

  private GcWatch() {
    counts = new long[collectors.size()];
    millis = new long[collectors.size()];
    for (int i = 0; i < collectors.size(); i++) {
      counts[i] = collectors.get(i).getCollectionCount();
      millis[i] = collectors.get(i).getCollectionTime();
    }
  }

  static GcWatch start() {
    return new GcWatch();
  }

  /**
   * The collections since {@link #start()} per collector, the heap in use now, and the classes
   * loaded since (new classes in a warm server make the JIT compile again).
   */
  String since() {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    String gcs =
        java.util.stream.IntStream.range(0, collectors.size())
            .mapToObj(
                i ->
                    String.format(
                        Locale.ROOT,
                        "%s %d (%d ms)",
                        collectors.get(i).getName(),
                        collectors.get(i).getCollectionCount() - counts[i],
                        collectors.get(i).getCollectionTime() - millis[i]))
            .collect(Collectors.joining(", "));
    return String.format(
        Locale.ROOT,
        "BENCH   gc: %s; heap %d of %d MiB; %d classes loaded",
        gcs,
        heap.getUsed() >> 20,
        heap.getMax() >> 20,
        ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - classes);
  }
}
