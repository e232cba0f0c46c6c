Console.Error.WriteLine("usage: NotebookRunner run NOTEBOOK... | reproduce | kernel install");
return 2;
