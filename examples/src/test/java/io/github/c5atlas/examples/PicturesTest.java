package io.github.c5atlas.examples;

import static io.github.c5atlas.dsl.Dsl.CENTRAL_ASIA;
import static io.github.c5atlas.dsl.Dsl.attendedByAny;
import static io.github.c5atlas.dsl.Dsl.during;
import static io.github.c5atlas.dsl.Dsl.events;
import static io.github.c5atlas.dsl.Dsl.exercises;
import static io.github.c5atlas.dsl.Dsl.overlapping;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.c5atlas.core.Atlas;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PicturesTest {
  static final Atlas ATLAS = Atlas.bundled();

  /** Opens a PNG, checks its size, and that it is not blank: many pixels away from the background colour. */
  static void assertPicture(Path png, int width, int height) throws IOException {
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).as("%s is a picture", png).isNotNull();
    assertThat(image.getWidth()).isEqualTo(width);
    assertThat(image.getHeight()).isEqualTo(height);
    int background = image.getRGB(0, 0);
    long drawn = 0;
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y);
        colours.add(rgb);
        if (rgb != background) {
          drawn++;
        }
      }
    }
    long sampled = (long) ((image.getWidth() + 1) / 2) * ((image.getHeight() + 1) / 2);
    assertThat(drawn).as("pixels drawn in %s", png).isGreaterThan(sampled / 50);
    assertThat(colours).as("colours in %s", png).hasSizeGreaterThan(3);
  }

  @Test
  void drawsTheTimelineOfTheExercisesAroundSamarkand(@TempDir Path dir) throws IOException {
    var timeline = exercises().where(overlapping("2025-10")).includingUncertain().run(ATLAS).timeline();
    Path png = Pictures.write(Pictures.timeline(timeline), dir.resolve("images/timeline.png"));
    assertPicture(png, Pictures.WIDTH, Pictures.HEIGHT);
  }

  @Test
  void drawsTheCoParticipationGraphOfTheFive(@TempDir Path dir) throws IOException {
    var matrix = events().where(attendedByAny(CENTRAL_ASIA).and(during(2025))).run(ATLAS)
        .coParticipation(CENTRAL_ASIA);
    Path png = Pictures.write(Pictures.coParticipation(matrix), dir.resolve("graph.png"), 700, 700);
    assertPicture(png, 700, 700);
  }
}
