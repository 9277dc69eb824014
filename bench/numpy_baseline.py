"""numpy baselines for `pnpm bench`: the same work as the tfjs workloads, timed here.

usage: python3 numpy_baseline.py <workload> <dtype> <runs> [data file]
  train   the Course 1 L-layer model ([12288, 20, 7, 5, 1], relu…sigmoid, batch gradient
          descent) for N iterations on the data the bench wrote (float64 X [n, m] then Y [1, m],
          header: n m iterations learning_rate)
  matmul  W1·X [20, 12288]·[12288, 209], dW1 = dZ1·Xᵀ [20, 209]·[209, 12288], dA0 = W1ᵀ·dZ1
  conv2d  a 'same' convolution [m, 64, 64, 3] * [7, 7, 3, 32] as im2col + matmul (Course 4 sizes)
  conv    Course 4's gradients: dW of a 7×7×3×32 conv on x [32, 70, 70, 3] (im2col, colsᵀ·dy),
          a scatter-add of 320 × 50 rows into 2000 (np.add.at), and one Adam step of the
          notebook's happyModel on 32 images 64×64×3 (forward, backward by hand, update)
  lstm    Course 5's LSTM over a batch, 32 examples × 30 steps × 64 units (n_x = n_y = 64), the
          notebook's lstm_forward (gates, memory, softmax output) and lstm_forward followed by
          its lstm_backward from da = 1 (every gate's gradient, by hand)
prints one JSON object: {"ms": [per-run wall times], "threads": BLAS threads, "numpy": version}
"""
import json
import sys
import time

import numpy as np


def timed(work, runs):
    work()  # warm-up
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        work()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def train(path, dtype, runs):
    with open(path, "rb") as f:
        n, m, iterations, lr = np.fromfile(f, dtype=np.float64, count=4)
        # plain Python numbers: a numpy float64 lr would promote float32 W to float64 (NEP 50)
        n, m, iterations, lr = int(n), int(m), int(iterations), float(lr)
        X = np.fromfile(f, dtype=np.float64, count=n * m).reshape(n, m).astype(dtype)
        Y = np.fromfile(f, dtype=np.float64, count=m).reshape(1, m).astype(dtype)
    dims = [n, 20, 7, 5, 1]

    def run():
        rng = np.random.RandomState(1)
        p = {}
        for l in range(1, len(dims)):
            p[l] = (
                (rng.randn(dims[l], dims[l - 1]) / np.sqrt(dims[l - 1])).astype(dtype),
                np.zeros((dims[l], 1), dtype=dtype),
            )
        L = len(dims) - 1
        for _ in range(iterations):
            A = [X]
            Z = [None]
            for l in range(1, L + 1):
                W, b = p[l]
                z = W @ A[-1] + b
                Z.append(z)
                A.append(1 / (1 + np.exp(-z)) if l == L else np.maximum(0, z))
            AL = A[-1]
            _cost = -np.mean(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
            dA = -(Y / AL - (1 - Y) / (1 - AL))
            for l in range(L, 0, -1):
                W, b = p[l]
                if l == L:
                    dZ = dA * AL * (1 - AL)
                else:
                    dZ = dA * (Z[l] > 0)
                dW = dZ @ A[l - 1].T / m
                db = dZ.sum(axis=1, keepdims=True) / m
                dA = W.T @ dZ
                p[l] = (W - lr * dW, b - lr * db)

    return timed(run, runs)


def matmul(dtype, runs):
    rng = np.random.RandomState(0)
    W = rng.randn(20, 12288).astype(dtype)
    X = rng.randn(12288, 209).astype(dtype)
    dZ = rng.randn(20, 209).astype(dtype)
    return {
        "forward": timed(lambda: W @ X, runs),
        "transposed": timed(lambda: dZ @ X.T, runs),
        "transposedA": timed(lambda: W.T @ dZ, runs),
    }


def conv2d(dtype, runs):
    rng = np.random.RandomState(0)
    x = rng.randn(16, 64, 64, 3).astype(dtype)
    w = rng.randn(7, 7, 3, 32).astype(dtype)

    def run():
        padded = np.pad(x, ((0, 0), (3, 3), (3, 3), (0, 0)))
        windows = np.lib.stride_tricks.sliding_window_view(padded, (7, 7), axis=(1, 2))
        # windows: [m, 64, 64, 3, 7, 7] -> [m·64·64, 7·7·3] in (kh, kw, c) order
        cols = windows.transpose(0, 1, 2, 4, 5, 3).reshape(-1, 7 * 7 * 3)
        return (cols @ w.reshape(-1, 32)).reshape(16, 64, 64, 32)

    return timed(run, runs)


def im2col(padded, k):
    """[m, H, W, c] → [m·oh·ow, k·k·c] in (kh, kw, c) order (valid windows)."""
    windows = np.lib.stride_tricks.sliding_window_view(padded, (k, k), axis=(1, 2))
    return windows.transpose(0, 1, 2, 4, 5, 3).reshape(-1, k * k * padded.shape[3])


def conv(dtype, runs):
    rng = np.random.RandomState(1)
    x = rng.randn(32, 70, 70, 3).astype(dtype)
    dy = rng.randn(32, 64, 64, 32).astype(dtype)
    filter_grad = timed(lambda: (im2col(x, 7).T @ dy.reshape(-1, 32)).reshape(7, 7, 3, 32), runs)

    rng = np.random.RandomState(3)
    rows = rng.randn(320, 50).astype(dtype)
    ids = rng.randint(0, 2000, 320)

    def segment_sum():
        out = np.zeros((2000, 50), dtype)
        np.add.at(out, ids, rows)
        return out

    segment = timed(segment_sum, max(runs, 10))

    rng = np.random.RandomState(4)
    images = rng.rand(32, 64, 64, 3).astype(dtype)
    labels = (np.arange(32) % 2).reshape(32, 1).astype(dtype)
    params = {
        "W": (rng.randn(7, 7, 3, 32) * 0.05).astype(dtype),
        "b": np.zeros(32, dtype),
        "gamma": np.ones(32, dtype),
        "beta": np.zeros(32, dtype),
        "V": (rng.randn(32 * 32 * 32, 1) * 0.01).astype(dtype),
        "c": np.zeros(1, dtype),
    }
    adam = {k: (np.zeros_like(v), np.zeros_like(v)) for k, v in params.items()}
    step_count = [0]

    def step():
        p = params
        m = images.shape[0]
        cols = im2col(np.pad(images, ((0, 0), (3, 3), (3, 3), (0, 0))), 7)  # [m·4096, 147]
        z = cols @ p["W"].reshape(-1, 32) + p["b"]  # [m·4096, 32]
        mu = z.mean(0)
        var = z.var(0)
        zhat = (z - mu) / np.sqrt(var + 1e-3)
        a = np.maximum(p["gamma"] * zhat + p["beta"], 0).reshape(m, 64, 64, 32)
        blocks = a.reshape(m, 32, 2, 32, 2, 32)
        pooled = blocks.max(axis=(2, 4))  # [m, 32, 32, 32]
        logits = pooled.reshape(m, -1) @ p["V"] + p["c"]
        out = 1 / (1 + np.exp(-logits))
        dlogits = (out - labels) / m
        grads = {"V": pooled.reshape(m, -1).T @ dlogits, "c": dlogits.sum(0)}
        dpooled = (dlogits @ p["V"].T).reshape(m, 32, 32, 32)
        mask = blocks == pooled[:, :, None, :, None, :]
        da = (mask * dpooled[:, :, None, :, None, :]).reshape(-1, 32)
        dbn = da * (a.reshape(-1, 32) > 0)
        grads["gamma"] = (dbn * zhat).sum(0)
        grads["beta"] = dbn.sum(0)
        dzhat = dbn * p["gamma"]
        n = z.shape[0]
        dz = (n * dzhat - dzhat.sum(0) - zhat * (dzhat * zhat).sum(0)) / (n * np.sqrt(var + 1e-3))
        grads["W"] = (cols.T @ dz).reshape(7, 7, 3, 32)
        grads["b"] = dz.sum(0)
        step_count[0] += 1
        t = step_count[0]
        for k, g in grads.items():
            m1, m2 = adam[k]
            m1 *= 0.9
            m1 += 0.1 * g
            m2 *= 0.999
            m2 += 0.001 * g * g
            p[k] -= (0.001 * (m1 / (1 - 0.9**t)) / (np.sqrt(m2 / (1 - 0.999**t)) + 1e-7)).astype(dtype)

    return {"filterGrad": filter_grad, "segmentSum": segment, "happyStep": timed(step, runs)}


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def lstm(dtype, runs):
    n_x, n_a, n_y, m, T = 64, 64, 64, 32, 30
    rng = np.random.RandomState(5)
    x = rng.randn(n_x, m, T).astype(dtype)
    a0 = rng.randn(n_a, m).astype(dtype)
    W = {k: (rng.randn(n_a, n_a + n_x) * 0.1).astype(dtype) for k in ("f", "i", "c", "o")}
    b = {k: np.zeros((n_a, 1), dtype) for k in ("f", "i", "c", "o")}
    Wy = (rng.randn(n_y, n_a) * 0.1).astype(dtype)
    by = np.zeros((n_y, 1), dtype)

    def forward():
        a, c = a0, np.zeros_like(a0)
        caches = []
        for t in range(T):
            concat = np.concatenate([a, x[:, :, t]], 0)
            ft = sigmoid(W["f"] @ concat + b["f"])
            it = sigmoid(W["i"] @ concat + b["i"])
            cct = np.tanh(W["c"] @ concat + b["c"])
            ot = sigmoid(W["o"] @ concat + b["o"])
            c_next = ft * c + it * cct
            a_next = ot * np.tanh(c_next)
            z = Wy @ a_next + by
            e = np.exp(z - z.max(0))
            _ = e / e.sum(0)
            caches.append((a_next, c_next, a, c, ft, it, cct, ot, concat))
            a, c = a_next, c_next
        return caches

    def forward_backward():
        caches = forward()
        grads = {k: np.zeros_like(v) for k, v in W.items()}
        dbs = {k: np.zeros_like(v) for k, v in b.items()}
        da_prev = np.zeros((n_a, m), dtype)
        dc_prev = np.zeros((n_a, m), dtype)
        for a_next, c_next, _a, c_prev, ft, it, cct, ot, concat in reversed(caches):
            da = 1 + da_prev
            tanh_c = np.tanh(c_next)
            dc = dc_prev + ot * (1 - tanh_c**2) * da
            d = {
                "o": da * tanh_c * ot * (1 - ot),
                "c": dc * it * (1 - cct**2),
                "i": dc * cct * it * (1 - it),
                "f": dc * c_prev * ft * (1 - ft),
            }
            dconcat = np.zeros_like(concat)
            for k, g in d.items():
                grads[k] += g @ concat.T
                dbs[k] += g.sum(1, keepdims=True)
                dconcat += W[k].T @ g
            da_prev = dconcat[:n_a]
            dc_prev = dc * ft
        return grads, dbs

    return {"forward": timed(forward, runs), "forwardBackward": timed(forward_backward, runs)}


def blas_threads():
    try:
        from threadpoolctl import threadpool_info  # noqa: PLC0415

        return sum(i.get("num_threads", 0) for i in threadpool_info() if i.get("user_api") == "blas")
    except Exception:  # noqa: BLE001
        return None


if __name__ == "__main__":
    workload, dtype_name, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    dtype = {"float64": np.float64, "float32": np.float32}[dtype_name]
    if workload == "train":
        ms = train(sys.argv[4], dtype, runs)
    elif workload == "matmul":
        ms = matmul(dtype, runs)
    elif workload == "conv2d":
        ms = conv2d(dtype, runs)
    elif workload == "conv":
        ms = conv(dtype, runs)
    elif workload == "lstm":
        ms = lstm(dtype, runs)
    else:
        sys.exit(f"unknown workload {workload}")
    print(json.dumps({"ms": ms, "threads": blas_threads(), "numpy": np.__version__}))
