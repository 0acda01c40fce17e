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
