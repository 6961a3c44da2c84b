package io.collectlite.onnx;

import java.util.List;

/**
 * Ten hand-written queries, each with a highly relevant, a partially relevant (same topic, does not answer) and an
 * irrelevant document. The default thresholds were read off this set, so the grading test on it checks that they
 * still separate it rather than that they generalise.
 */
final class RelevanceSet {
  record Query(String query, String relevant, String partial, String irrelevant) {}

  static final List<Query> QUERIES = List.of(
      new Query("how do I reset my password",
          "To reset your password, open Settings, choose Security and click 'Forgot password'. We email you a reset "
              + "link.",
          "Your account settings let you change your display name, email address and notification preferences.",
          "The Great Barrier Reef is the world's largest coral reef system, off the coast of Queensland."),
      new Query("what is the boiling point of water at sea level",
          "At sea level, water boils at 100 degrees Celsius (212 degrees Fahrenheit).",
          "Water freezes at 0 degrees Celsius, and its boiling point drops as altitude increases.",
          "Our store opens at nine in the morning and closes at six on weekdays."),
      new Query("symptoms of vitamin D deficiency",
          "Vitamin D deficiency can cause bone pain, muscle weakness, fatigue and frequent infections.",
          "Vitamin D is made by the skin in sunlight and is found in oily fish and eggs.",
          "The Eiffel Tower was completed in 1889 for the World's Fair in Paris."),
      new Query("how to train a puppy to sit",
          "Hold a treat above your puppy's nose, move it back over the head, and say 'sit' as its bottom touches the "
              + "floor; reward at once.",
          "Puppies need plenty of sleep, regular meals and vaccinations during their first months.",
          "Interest rates were raised by a quarter point at the central bank's meeting."),
      new Query("capital of Australia",
          "Canberra is the capital city of Australia.",
          "Sydney is the largest city in Australia and is famous for its opera house.",
          "Photosynthesis turns light energy into chemical energy in plants."),
      new Query("best way to store fresh basil",
          "Store fresh basil like cut flowers: trim the stems and keep them in a glass of water at room temperature.",
          "Basil is a fragrant herb used in Italian cooking, especially in pesto.",
          "The football match ended in a goalless draw after extra time."),
      new Query("who wrote Pride and Prejudice",
          "Pride and Prejudice is a novel by Jane Austen, published in 1813.",
          "Jane Austen's novels are known for their wit and their portraits of English country life.",
          "A solar eclipse occurs when the Moon passes between the Earth and the Sun."),
      new Query("how to fix a leaking faucet",
          "To fix a leaking faucet, turn off the water supply, remove the handle and replace the worn washer or "
              + "cartridge.",
          "Plumbers can install new sinks, showers and water heaters in your home.",
          "Mount Everest is the highest mountain above sea level."),
      new Query("python read a file line by line",
          "In Python, open the file with 'with open(path) as f:' and loop 'for line in f:' to read it one line at a "
              + "time.",
          "Python is a popular programming language known for its readable syntax.",
          "The recipe calls for two cups of flour, one egg and a pinch of salt."),
      new Query("effects of caffeine on sleep",
          "Caffeine blocks adenosine receptors, delaying sleep onset and reducing deep sleep, even six hours after a "
              + "cup of coffee.",
          "Coffee is one of the most traded commodities in the world, grown mainly in Brazil and Vietnam.",
          "The violin has four strings tuned in perfect fifths."));

  private RelevanceSet() {}
}
