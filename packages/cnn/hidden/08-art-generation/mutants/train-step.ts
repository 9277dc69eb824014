import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-clip",
    bug: "never clips the image back to [0, 1]",
    edits: [
      ["  tf.tidy(() => generatedImage.assign(tf.clipByValue(generatedImage, 0, 1)));\n", ""],
    ],
  },
  {
    id: "weights-swapped",
    bug: "calls totalCost with α = 40, β = 10",
    edits: [
      [
        "return totalCost(JContent, JStyle, 10, 40);",
        "return totalCost(JContent, JStyle, 40, 10);",
      ],
    ],
  },
  {
    id: "ascends",
    bug: "maximises the cost (minimises its negative)",
    edits: [
      [
        "return totalCost(JContent, JStyle, 10, 40);",
        "return totalCost(JContent, JStyle, 10, 40).neg() as tf.Scalar;",
      ],
    ],
  },
]);
