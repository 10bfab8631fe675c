// What every Noisebook JShell session starts with: the DSL's families, one import.
import dev.noisebook.*;
