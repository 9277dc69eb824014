/**
 * YOLOv2's given code (the notebook's `yolo_utils` and `yolo_boxes_to_corners`): the anchors,
 * the head that turns the network's raw (19, 19, 5, 85) output into boxes and probabilities,
 * corners, and scaling back to the picture. Boxes are [y1, x1, y2, x2], as TensorFlow's
 * `tf.image.non_max_suppression` wants them.
 */
import * as tf from "@tensorflow/tfjs";

/**
 * The 5 anchor boxes of YOLOv2 on COCO (`model_data/yolo_anchors.txt`), [width, height] in grid
 * cells: a small square, a middle one, a tall one, a wide one and a large one.
 */
export const YOLO_ANCHORS: readonly (readonly [number, number])[] = [
  [0.57273, 0.677385],
  [1.87446, 2.06253],
  [3.33843, 5.47434],
  [7.88282, 3.52778],
  [9.77052, 9.16828],
];

/**
 * The head's four outputs, in the order `yoloEval` unpacks them (the notebook's `yolo_outputs`):
 * `[boxXy, boxWh, boxConfidence, boxClassProbs]`.
 */
export type YoloOutputs = [tf.Tensor, tf.Tensor, tf.Tensor, tf.Tensor];

/**
 * The notebook's `yolo_head`: decodes the raw output of the last convolution. At grid row i,
 * column j and anchor a, with t = features[..., i, j, a, :]:
 * box_xy = ((σ(t_x) + j) / n_W, (σ(t_y) + i) / n_H), the centre as a fraction of the picture;
 * box_wh = (anchor_w · e^{t_w} / n_W, anchor_h · e^{t_h} / n_H);
 * box_confidence = σ(t_c), the probability there is an object;
 * box_class_probs = softmax(t[5:]), the probability of each class given an object.
 *
 * @param features [..., n_H, n_W, nAnchors, 5 + numClasses] (the notebook's [1, 19, 19, 5, 85])
 * @param anchors nAnchors [width, height] pairs in grid cells
 * @param numClasses 80 for COCO
 * @returns [boxXy [..., 2], boxWh [..., 2], boxConfidence [..., 1], boxClassProbs [..., numClasses]],
 *   every one shaped [..., n_H, n_W, nAnchors, ·]
 */
export function yoloHead(
  features: tf.Tensor,
  anchors: readonly (readonly [number, number])[] = YOLO_ANCHORS,
  numClasses = 80,
): YoloOutputs {
  const shape = features.shape;
  const [nH, nW, nA, depth] = shape.slice(-4) as [number, number, number, number];
  if (depth !== 5 + numClasses || nA !== anchors.length)
    throw new Error(
      `yoloHead: features of shape [${shape}] do not end in [${anchors.length}, ${5 + numClasses}]`,
    );
  return tf.tidy(() => {
    const cols = tf.range(0, nW).reshape([1, nW, 1, 1]).tile([nH, 1, nA, 1]);
    const rows = tf.range(0, nH).reshape([nH, 1, 1, 1]).tile([1, nW, nA, 1]);
    const grid = tf.concat([cols, rows], 3); // [n_H, n_W, nA, 2] holding (x, y) = (j, i)
    const dims = tf.tensor1d([nW, nH]);
    const anchorWh = tf.tensor2d(anchors.map((a) => [a[0], a[1]]));
    // split a [cells, depth] matrix: slicing the last axis of a rank-5 tensor is 50× slower on wasm
    const lead = shape.slice(0, -1);
    const [txy, twh, tc, tClasses] = tf
      .split(features.reshape([-1, depth]), [2, 2, 1, numClasses], -1)
      .map((t) => t.reshape([...lead, t.shape[1]!]));
    const boxXy = tf.sigmoid(txy!).add(grid).div(dims);
    const boxWh = tf.exp(twh!).mul(anchorWh).div(dims);
    return [boxXy, boxWh, tf.sigmoid(tc!), tf.softmax(tClasses!)] as YoloOutputs;
  });
}

/**
 * The notebook's `yolo_boxes_to_corners`: centres and sizes → corners, in the order
 * `tf.image.nonMaxSuppression` expects: [y1, x1, y2, x2] = [y − h/2, x − w/2, y + h/2, x + w/2].
 *
 * @param boxXy [..., 2] centres (x, y)
 * @param boxWh [..., 2] sizes (w, h)
 * @returns [..., 4] corners [y1, x1, y2, x2]
 */
export function yoloBoxesToCorners(boxXy: tf.Tensor, boxWh: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const mins = boxXy.sub(boxWh.div(2));
    const maxes = boxXy.add(boxWh.div(2));
    const [x1, y1] = tf.split(mins, 2, -1);
    const [x2, y2] = tf.split(maxes, 2, -1);
    return tf.concat([y1!, x1!, y2!, x2!], -1);
  });
}

/**
 * The notebook's `scale_boxes`: corners as fractions of the picture → pixels.
 *
 * @param boxes [..., 4] corners [y1, x1, y2, x2] in [0, 1]
 * @param imageShape [height, width] of the picture in pixels
 * @returns [..., 4] corners in pixels: boxes · [height, width, height, width]
 */
export function scaleBoxes(boxes: tf.Tensor, imageShape: readonly [number, number]): tf.Tensor {
  const [height, width] = imageShape;
  return tf.tidy(() => boxes.mul(tf.tensor1d([height, width, height, width])));
}
