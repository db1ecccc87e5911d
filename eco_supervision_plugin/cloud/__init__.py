"""Station-data clients behind one internal Station/Parameter/Reading model."""
