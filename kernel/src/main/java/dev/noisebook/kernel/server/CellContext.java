package dev.noisebook.kernel.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The request whose cell is running: its header is the parent of every output the cell makes (also
 * from threads the cell started), its sender is where stdin's input_request goes, and allowStdin
 * says whether that sender can answer one.
 */
record CellContext(ObjectNode header, List<byte[]> sender, boolean allowStdin, boolean silent) {
  /** The context between cells: outputs go out with an empty parent, input is refused. */
  static CellContext idle(ObjectNode emptyHeader) {
    return new CellContext(emptyHeader, List.of(), false, false);
  }
}
