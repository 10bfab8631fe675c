package dev.noisebook.schedule;

import dev.noisebook.Schedule;

/** A schedule made from another one that measures the same quantity over the same horizon. */
interface Derived extends Schedule {
  Schedule inner();

  @Override
  default String quantity() {
    return inner().quantity();
  }

  @Override
  default long horizon() {
    return inner().horizon();
  }
}
