"""The few neighbourhood filters the closer look and the compare view need, in NumPy alone.

SciPy's ndimage has them, but the installers leave SciPy out (about 33 MB; see
packaging/lookalike.spec), and loading it costs a rescan a third of a second.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

F32 = npt.NDArray[np.float32]
Mask = npt.NDArray[np.bool_]
SUMMED_DIRECTLY = 7  # box sides up to this are summed from shifted copies, longer ones from a running sum


def box_mean(pixels: F32, size: int | tuple[int, int], *, zero_outside: bool = False) -> F32:
    """The mean of each pixel's size x size neighbourhood (rows x columns for a pair), centred as
    far as the size allows; beyond the edges the picture is mirrored, or zero with `zero_outside`."""
    rows, columns = (size, size) if isinstance(size, int) else size
    summed = _box_sum(pixels.astype(np.float64), rows, 0, zero_outside)
    summed = _box_sum(summed, columns, 1, zero_outside)
    mean: F32 = (summed / (rows * columns)).astype(np.float32)
    return mean


def _box_sum(
    values: npt.NDArray[np.float64], size: int, axis: int, zero_outside: bool
) -> npt.NDArray[np.float64]:
    before, after = size // 2, size - 1 - size // 2
    padded = _padded(values, before, after, axis, zero_outside)
    length = values.shape[axis]

    def along(start: int, stop: int) -> tuple[slice, slice]:
        return (slice(start, stop), slice(None)) if axis == 0 else (slice(None), slice(start, stop))

    if size <= SUMMED_DIRECTLY:  # a few shifted copies added cost less than a running sum
        summed = padded[along(0, length)].copy()
        for offset in range(1, size):
            summed += padded[along(offset, offset + length)]
        return summed
    running_shape = list(padded.shape)
    running_shape[axis] += 1
    running = np.zeros(running_shape)
    np.cumsum(padded, axis=axis, out=running[along(1, running_shape[axis])])
    return running[along(size, size + length)] - running[along(0, length)]


def _padded(
    values: npt.NDArray[np.float64], before: int, after: int, axis: int, zero_outside: bool
) -> npt.NDArray[np.float64]:
    """np.pad(values, (before, after) along `axis`, "constant" or "symmetric"), in three copies:
    np.pad's own bookkeeping cost a closer look's glance a fifth of its time."""
    length = values.shape[axis]
    if not zero_outside and max(before, after) > length:  # mirrored more than once: rare
        padding = [(0, 0), (0, 0)]
        padding[axis] = (before, after)
        return np.pad(values, padding, mode="symmetric")
    moved = np.moveaxis(values, axis, 0)
    shape = (length + before + after, *moved.shape[1:])
    padded = np.zeros(shape, values.dtype) if zero_outside else np.empty(shape, values.dtype)
    padded[before : before + length] = moved
    if not zero_outside:
        padded[:before] = moved[:before][::-1]
        padded[before + length :] = moved[length - after :][::-1]
    return np.moveaxis(padded, 0, axis)


def max_3x3(pixels: F32) -> F32:
    """The largest value in each pixel's 3 x 3 neighbourhood (the edges repeated beyond the picture)."""
    # A repeated edge adds no value a pixel's neighbourhood lacks, and a maximum is separable:
    # along the rows, then along the columns, each over its neighbours inside the picture.
    across = pixels.copy()
    np.maximum(across[:, 1:], pixels[:, :-1], out=across[:, 1:])
    np.maximum(across[:, :-1], pixels[:, 1:], out=across[:, :-1])
    largest = across.copy()
    np.maximum(largest[1:], across[:-1], out=largest[1:])
    np.maximum(largest[:-1], across[1:], out=largest[:-1])
    return largest


def open_2x2(mask: Mask) -> Mask:
    """The union of the 2 x 2 squares that lie wholly in `mask`: specks and one-pixel lines go."""
    square = np.zeros_like(mask)
    square[:-1, :-1] = mask[:-1, :-1] & mask[1:, :-1] & mask[:-1, 1:] & mask[1:, 1:]
    opened = square.copy()
    opened[1:, :] |= square[:-1, :]
    opened[:, 1:] |= square[:, :-1]
    opened[1:, 1:] |= square[:-1, :-1]
    return opened
