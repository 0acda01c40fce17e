"""The NumPy filters behind the closer look do what their names say, on small arrays worked by hand."""

from __future__ import annotations

import numpy as np

from lookalike.core.pixel_filters import box_mean, max_3x3, open_2x2


def test_box_mean_averages_each_neighbourhood_mirroring_the_edges() -> None:
    pixels = np.arange(9, dtype=np.float32).reshape(3, 3)
    mean = box_mean(pixels, 3)
    assert mean[1, 1] == np.float32(4.0)  # the middle: all nine
    assert mean[0, 0] == np.float32((0 + 0 + 1 + 0 + 0 + 1 + 3 + 3 + 4) / 9)  # mirrored beyond the corner


def test_box_mean_with_zero_outside_counts_only_what_is_inside() -> None:
    ones = np.ones((4, 4), np.float32)
    mean = box_mean(ones, (2, 2), zero_outside=True)
    assert mean[3, 3] == np.float32(1.0) and mean[0, 0] == np.float32(0.25)


def test_max_3x3_spreads_a_peak_to_its_neighbours() -> None:
    pixels = np.zeros((5, 5), np.float32)
    pixels[2, 2] = 7
    assert (max_3x3(pixels) == 7).sum() == 9


def test_open_2x2_keeps_squares_and_drops_specks_and_thin_lines() -> None:
    mask = np.zeros((6, 6), bool)
    mask[0, 0] = True  # a speck
    mask[5, :] = True  # a one-pixel line
    mask[1:4, 2:5] = True  # a 3 x 3 block
    opened = open_2x2(mask)
    assert not opened[0, 0] and not opened[5].any()
    assert opened[1:4, 2:5].all() and opened.sum() == 9


def _padded_box_mean(pixels: np.ndarray, rows: int, columns: int, zero_outside: bool) -> np.ndarray:
    """box_mean as np.pad and shifted sums make it, the plain way."""
    mode = "constant" if zero_outside else "symmetric"
    padded = np.pad(pixels.astype(np.float64), ((rows // 2, rows - 1 - rows // 2), (0, 0)), mode=mode)
    summed = sum(padded[offset : offset + pixels.shape[0]] for offset in range(rows))
    padded = np.pad(summed, ((0, 0), (columns // 2, columns - 1 - columns // 2)), mode=mode)
    summed = sum(padded[:, offset : offset + pixels.shape[1]] for offset in range(columns))
    return (summed / (rows * columns)).astype(np.float32)


def test_box_mean_and_max_3x3_give_what_padding_gives_to_the_last_bit() -> None:
    rng = np.random.default_rng(5)
    for shape in ((1, 1), (2, 7), (5, 3), (40, 29)):
        pixels = rng.integers(0, 256, shape).astype(np.float32)
        for rows, columns in ((1, 1), (3, 3), (5, 5), (2, 7), (9, 4)):
            for zero_outside in (False, True):
                if not zero_outside and max(rows, columns) // 2 > min(shape):
                    continue  # mirrored more than once: np.pad's own way, and not what this checks
                expected = _padded_box_mean(pixels, rows, columns, zero_outside)
                assert np.array_equal(box_mean(pixels, (rows, columns), zero_outside=zero_outside), expected)
        padded = np.pad(pixels, 1, mode="edge")
        expected = np.max(
            [padded[dy : dy + shape[0], dx : dx + shape[1]] for dy in range(3) for dx in range(3)], 0
        )
        assert np.array_equal(max_3x3(pixels), expected)
