package io.github.c5atlas.examples;

import static java.util.Objects.requireNonNull;

import io.github.c5atlas.core.Event;
import io.github.c5atlas.core.time.FuzzySpan;
import io.github.c5atlas.dsl.CoParticipation;
import io.github.c5atlas.dsl.Row;
import io.github.c5atlas.dsl.Timeline;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.GanttRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.gantt.Task;
import org.jfree.data.gantt.TaskSeries;
import org.jfree.data.gantt.TaskSeriesCollection;
import org.jfree.data.time.SimpleTimePeriod;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The DSL's timeline and co-participation results drawn as PNG pictures with JFreeChart: the same content as their
 * Mermaid text ({@link Timeline#toMermaid()}, {@link CoParticipation#toMermaid()}), for places that do not draw
 * Mermaid. Without a display, run with {@code -Djava.awt.headless=true} (Java picks it on a Linux machine without
 * {@code DISPLAY}).
 *
 * <pre>{@code
 * Pictures.write(Pictures.timeline(exercises().where(overlapping("2025-10")).run(atlas).timeline()),
 *     Path.of("images/timeline.png"));
 * Pictures.write(Pictures.coParticipation(events().where(during(2025)).run(atlas).coParticipation(CENTRAL_ASIA)),
 *     Path.of("images/co-participation.png"), 700, 700);
 * }</pre>
 */
public final class Pictures {
  /** The width of the pictures {@link #write(JFreeChart, Path)} draws, in pixels. */
  public static final int WIDTH = 1000;
  /** The height of the pictures {@link #write(JFreeChart, Path)} draws, in pixels. */
  public static final int HEIGHT = 600;

  private static final Color CERTAIN = new Color(0x1f, 0x77, 0xb4);
  private static final Color UNCERTAIN = new Color(0xd6, 0x27, 0x28);
  private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  private static final Font NODE = new Font(Font.SANS_SERIF, Font.BOLD, 16);

  private Pictures() {}

  /**
   * Returns the timeline as a Gantt chart: a bar per event from the earliest day it may have started to the latest
   * day it may have ended (as {@link Timeline#toMermaid()} draws it), red where the event only possibly matches.
   */
  public static JFreeChart timeline(Timeline timeline) {
    requireNonNull(timeline, "timeline");
    TaskSeries certain = new TaskSeries("certain");
    TaskSeries uncertain = new TaskSeries("uncertain");
    for (Row<Event> row : timeline.rows()) {
      Event event = row.value();
      LocalDate start = drawnStart(event.span());
      LocalDate end = drawnEnd(event.span()).plusDays(1); // a bar covers its last day
      Task task = new Task(event.name(), new SimpleTimePeriod(date(start), date(end)));
      (row.isCertain() ? certain : uncertain).add(task);
    }
    TaskSeriesCollection tasks = new TaskSeriesCollection();
    tasks.add(certain);
    if (uncertain.getItemCount() > 0) {
      tasks.add(uncertain);
    }
    JFreeChart chart = ChartFactory.createGanttChart(null, null, null, tasks, true, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    GanttRenderer renderer = (GanttRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, CERTAIN);
    renderer.setSeriesPaint(1, UNCERTAIN);
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    plot.getDomainAxis().setTickLabelFont(LABEL);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  /**
   * Returns the co-participation matrix as a graph: the group's states on a circle, and a line between two states
   * for the events both attended, as thick as their number and labelled with it (as
   * {@link CoParticipation#toMermaid()} draws it).
   */
  public static JFreeChart coParticipation(CoParticipation matrix) {
    requireNonNull(matrix, "matrix");
    List<String> states = List.copyOf(matrix.states());
    XYPlot plot = new XYPlot(new XYSeriesCollection(), axis(), axis(), new XYLineAndShapeRenderer());
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setOutlineVisible(false);
    int max = 1;
    for (String a : states) {
      for (String b : states) {
        if (!a.equals(b)) {
          max = Math.max(max, matrix.count(a, b));
        }
      }
    }
    double[][] at = new double[states.size()][];
    for (int i = 0; i < states.size(); i++) {
      double angle = Math.PI / 2 - 2 * Math.PI * i / states.size();
      at[i] = new double[] {Math.cos(angle), Math.sin(angle)};
    }
    for (int i = 0; i < states.size(); i++) {
      for (int j = i + 1; j < states.size(); j++) {
        int n = matrix.count(states.get(i), states.get(j));
        if (n == 0) {
          continue;
        }
        float width = 1f + 11f * n / max;
        plot.addAnnotation(new XYLineAnnotation(at[i][0], at[i][1], at[j][0], at[j][1],
            new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND), new Color(0x9e, 0xc5, 0xe8)));
        XYTextAnnotation count = new XYTextAnnotation(String.valueOf(n), (at[i][0] + at[j][0]) / 2,
            (at[i][1] + at[j][1]) / 2);
        count.setFont(LABEL);
        count.setBackgroundPaint(Color.WHITE);
        plot.addAnnotation(count);
      }
    }
    double r = 0.16;
    for (int i = 0; i < states.size(); i++) {
      String code = states.get(i);
      plot.addAnnotation(new XYShapeAnnotation(new Ellipse2D.Double(at[i][0] - r, at[i][1] - r, 2 * r, 2 * r),
          new BasicStroke(2f), CERTAIN.darker(), CERTAIN));
      XYTextAnnotation name = new XYTextAnnotation(code + " (" + matrix.count(code, code) + ")", at[i][0],
          at[i][1]);
      name.setFont(NODE);
      name.setPaint(Color.WHITE);
      name.setTextAnchor(TextAnchor.CENTER);
      plot.addAnnotation(name);
    }
    JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  /** Writes a chart as a PNG picture of {@link #WIDTH} by {@link #HEIGHT} pixels, making its folder if need be. */
  public static Path write(JFreeChart chart, Path png) {
    return write(chart, png, WIDTH, HEIGHT);
  }

  /** Writes a chart as a PNG picture of this size in pixels (a square suits the graph), making its folder if need be. */
  public static Path write(JFreeChart chart, Path png, int width, int height) {
    requireNonNull(chart, "chart");
    requireNonNull(png, "png");
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("a picture needs a positive size, not " + width + " by " + height);
    }
    try {
      Path folder = png.toAbsolutePath().getParent();
      if (folder != null) {
        Files.createDirectories(folder);
      }
      ChartUtils.saveChartAsPNG(png.toFile(), chart, width, height);
      return png;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + png + ": " + e.getMessage(), e);
    }
  }

  private static NumberAxis axis() {
    NumberAxis axis = new NumberAxis();
    axis.setRange(-1.35, 1.35);
    axis.setVisible(false);
    return axis;
  }

  private static Date date(LocalDate day) {
    return Date.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  // drawn as the Mermaid timeline draws them: an open start from its latest day, an open end as the start day
  private static LocalDate drawnStart(FuzzySpan span) {
    return span.earliestStart().equals(LocalDate.MIN) ? span.latestStart() : span.earliestStart();
  }

  private static LocalDate drawnEnd(FuzzySpan span) {
    LocalDate start = drawnStart(span);
    LocalDate end = span.latestEnd();
    return end.equals(LocalDate.MAX) || end.isBefore(start) ? start : end;
  }
}
