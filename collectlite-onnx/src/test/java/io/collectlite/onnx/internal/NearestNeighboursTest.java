package io.collectlite.onnx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NearestNeighboursTest {
  private static final float[] QUERY = {1, 0};
  // cosines with QUERY: 0.8, -1, 1, 0.6, 0
  private static final float[][] LABELLED = {{0.8f, 0.6f}, {-1, 0}, {1, 0}, {0.6f, 0.8f}, {0, 1}};

  @Test
  void theNearestComeHighestCosineFirst() {
    assertThat(NearestNeighbours.nearest(QUERY, LABELLED, 3, -1)).containsExactly(2, 0, 3);
  }

  @Test
  void anExampleIsNotItsOwnNeighbour() {
    assertThat(NearestNeighbours.nearest(QUERY, LABELLED, 3, 2)).containsExactly(0, 3, 4);
  }

  @Test
  void askingForMoreNeighboursThanThereAreGivesThemAll() {
    assertThat(NearestNeighbours.nearest(QUERY, LABELLED, 9, 1)).containsExactly(2, 0, 3, 4);
  }

  @Test
  void neighboursVoteWithTheirCosine() {
    boolean[][] labels = {{true, false}, {false, true}, {true, false}, {false, true}, {false, true}};

    double[] shares = NearestNeighbours.shares(QUERY, LABELLED, labels, new int[] {2, 0, 3});

    assertThat(shares[0]).isCloseTo(1.8 / 2.4, within(1e-6));
    assertThat(shares[1]).isCloseTo(0.6 / 2.4, within(1e-6));
  }
}
