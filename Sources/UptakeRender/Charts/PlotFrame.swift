/// The rectangle a chart plots shares into, and the mapping from a share to a position.
package struct PlotFrame: Sendable, Equatable {
    /// Left edge, where 0% sits on a horizontal scale.
    package var left: Double
    /// Top edge, where 100% sits on a vertical scale.
    package var top: Double
    /// Width of the plot area.
    package var width: Double
    /// Height of the plot area.
    package var height: Double

    /// A plot area with its top-left corner at (`left`, `top`).
    package init(left: Double, top: Double, width: Double, height: Double) {
        self.left = left
        self.top = top
        self.width = width
        self.height = height
    }

    /// Vertical position of `share` (0 at the bottom edge, 1 at the top), clamped to the frame.
    package func y(_ share: Double) -> Double {
        top + (1 - ChartNumber.clampedShare(share)) * height
    }

    /// Horizontal position of `share` (0 at the left edge, 1 at the right), clamped to the frame.
    package func x(_ share: Double) -> Double {
        left + ChartNumber.clampedShare(share) * width
    }
}
