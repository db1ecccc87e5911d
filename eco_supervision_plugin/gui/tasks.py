"""A QgsTask around a plain function: the dock's network work runs off the UI thread."""

from qgis.core import QgsTask


class CallbackTask(QgsTask):
    """Runs ``work(task)`` off the UI thread; ``done(ok, result, error)`` is called on the UI thread.

    ``transport`` is set by ``work`` so that the dock can show its attempts while the task runs."""

    def __init__(self, description, work, done):
        super().__init__(description, QgsTask.CanCancel)
        self.work, self.done, self.result, self.error = work, done, None, None
        self.transport = None

    def run(self):
        try:
            self.result = self.work(self)
            return True
        except Exception as error:  # reported in finished(); nothing may escape a worker thread
            self.error = error
            return False

    def finished(self, ok):
        self.done(ok, self.result, self.error)
