// Started by ./noisebook run and ./noisebook jshell after the DSL's startup: the notebook's display
// calls work here too, writing displayed charts to display-N.png in the working folder.
import static dev.noisebook.kernel.display.Notebook.*;
dev.noisebook.kernel.display.FileDisplay.installIn(java.nio.file.Path.of(""));
